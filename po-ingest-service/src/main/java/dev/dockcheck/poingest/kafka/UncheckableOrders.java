package dev.dockcheck.poingest.kafka;

import dev.dockcheck.events.PurchaseOrderReceived;
import dev.dockcheck.kafka.UnprocessableRecordException;

/**
 * The inbound records this service can never check. Each is refused with an
 * {@link UnprocessableRecordException} that names why, before anything is stored or forwarded;
 * pipeline-kafka's Kafka Streams handler then sends it to {@code purchase-orders.inbound-dlt} as it
 * came (reason {@code unprocessable}, counted) and the check goes on:
 * <ul>
 *   <li>a record without a value (a tombstone): there is no PO to check;</li>
 *   <li>a PO number longer than {@value UnprocessableRecordException#MAX_IDENTIFIER_LENGTH} characters. Amazon's are 8; the
 *       number is the key of the revision store's changelog and of both outputs, which no size
 *       check covers: a key the broker refuses inside the exactly-once transaction would stop the
 *       client.</li>
 * </ul>
 */
final class UncheckableOrders {

    static final String NO_VALUE = "the record has no value: there is no purchase order to check";

    private UncheckableOrders() {
    }

    static PurchaseOrderReceived checkable(PurchaseOrderReceived po) {
        if (po == null) {
            throw new UnprocessableRecordException(NO_VALUE);
        }
        UnprocessableRecordException.requireShortIdentifier("purchaseOrderNumber", po.getPurchaseOrderNumber());
        return po;
    }
}
