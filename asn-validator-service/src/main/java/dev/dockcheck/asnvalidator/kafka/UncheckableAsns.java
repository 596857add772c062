package dev.dockcheck.asnvalidator.kafka;

import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.kafka.UnprocessableRecordException;

/**
 * The ASNs this service can never check. Each is refused with an
 * {@link UnprocessableRecordException} that names why, before it is re-keyed; the shared Kafka
 * Streams handler then sends it to {@code shipment-confirmations-dlt} as it came (reason
 * {@code unprocessable}, counted in {@code po_dead_letters_total}) and matching goes on:
 * <ul>
 *   <li>a record without a value (a tombstone): there is no confirmation to check;</li>
 *   <li>an ASN that names no PO on any shipped item: no result can be keyed;</li>
 *   <li>a shipment identifier or PO number longer than {@value UnprocessableRecordException#MAX_IDENTIFIER_LENGTH} characters.
 *       SP-API's are short (a PO number is 8 characters), and both become record keys here
 *       (the repartition topics, the stores, {@code check-results}), which no size check covers:
 *       a key of several hundred KB would be refused by the broker inside the exactly-once
 *       transaction, and the client would stop.</li>
 * </ul>
 */
final class UncheckableAsns {

    static final String NO_VALUE = "the record has no value: there is no shipment confirmation to check";
    static final String NO_PURCHASE_ORDER = "the shipment confirmation names no purchase order on any shipped item";

    private UncheckableAsns() {
    }

    static ShipmentConfirmed checkable(ShipmentConfirmed asn) {
        if (asn == null) {
            throw new UnprocessableRecordException(NO_VALUE);
        }
        UnprocessableRecordException.requireShortIdentifier("shipmentIdentifier", asn.getShipmentIdentifier());
        for (int i = 0; i < asn.getShippedItems().size(); i++) {
            UnprocessableRecordException.requireShortIdentifier("shippedItems[" + i + "].purchaseOrderNumber",
                    asn.getShippedItems().get(i).getPurchaseOrderNumber());
        }
        if (AsnMatchMapper.purchaseOrderNumbers(asn).isEmpty()) {
            throw new UnprocessableRecordException(NO_PURCHASE_ORDER);
        }
        return asn;
    }

}
