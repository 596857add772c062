package dev.dockcheck.labelchecker.kafka;

import dev.dockcheck.events.LabelPrinted;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.kafka.UnprocessableRecordException;
import dev.dockcheck.labelchecker.domain.Sscc;

/**
 * The input records this service can never check. Each is refused with an
 * {@link UnprocessableRecordException} that names why, before anything is forwarded for it; the
 * shared Kafka Streams handler then sends it to {@code <topic>-dlt} as it came (reason
 * {@code unprocessable}, counted in {@code po_dead_letters_total}) and the task goes on:
 * <ul>
 *   <li>a record without a value;</li>
 *   <li>a printed label that is no SSCC (neither {@code 00} + 18 digits nor 18 digits);</li>
 *   <li>a shipment identifier or PO number longer than {@value UnprocessableRecordException#MAX_IDENTIFIER_LENGTH} characters.
 *       SP-API's are short (a PO number is 8 characters), and this service makes them record keys
 *       (verdict parts, checks in flight, {@code check-results}), which no size check covers: a
 *       key of several hundred KB would be refused by the broker inside the exactly-once
 *       transaction, and the client would stop.</li>
 * </ul>
 */
final class UncheckableRecords {

    static final String NO_VALUE = "a record without a value";
    static final String PRINT_NOT_AN_SSCC = "the printed label is not an SSCC (00 + 18 digits, or 18 digits)";

    private UncheckableRecords() {
    }

    static ShipmentConfirmed checkable(ShipmentConfirmed asn) {
        requireValue(asn);
        UnprocessableRecordException.requireShortIdentifier("shipmentIdentifier", asn.getShipmentIdentifier());
        for (int i = 0; i < asn.getShippedItems().size(); i++) {
            UnprocessableRecordException.requireShortIdentifier("shippedItems[" + i + "].purchaseOrderNumber",
                    asn.getShippedItems().get(i).getPurchaseOrderNumber());
        }
        return asn;
    }

    /** The SSCC of a print that can be registered. */
    static Sscc printedSscc(LabelPrinted printed) {
        requireValue(printed);
        UnprocessableRecordException.requireShortIdentifier("shipmentId", printed.getShipmentId());
        return Sscc.parse(printed.getSscc()).orElseThrow(() -> new UnprocessableRecordException(PRINT_NOT_AN_SSCC));
    }

    private static void requireValue(Object value) {
        if (value == null) {
            throw new UnprocessableRecordException(NO_VALUE);
        }
    }

}
