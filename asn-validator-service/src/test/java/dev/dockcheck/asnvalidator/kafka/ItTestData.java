package dev.dockcheck.asnvalidator.kafka;

import dev.dockcheck.events.PurchaseOrderAccepted;
import dev.dockcheck.events.ShipmentConfirmed;
import java.time.Instant;

/** Test data for the integration tests: one-line POs and ASNs of ASIN B0ASIN0001, submitted now. */
public final class ItTestData {

    private ItTestData() {
    }

    public static PurchaseOrderAccepted purchaseOrder(String number, long eaches) {
        return AvroTestData.purchaseOrder(number, eaches);
    }

    /** An ASN shipping {@code eaches} of line 1 for {@code po} (null: no PO), packed exactly, submitted now. */
    public static ShipmentConfirmed asn(String identifier, String po, long eaches) {
        ShipmentConfirmed asn = AvroTestData.asn(identifier, AvroTestData.item("001", "B0ASIN0001", po,
                AvroTestData.eaches(eaches)));
        Instant now = Instant.now();
        asn.setShipmentConfirmationDate(now);
        asn.setShippedDate(now);
        asn.setReceivedAt(now);
        return asn;
    }
}
