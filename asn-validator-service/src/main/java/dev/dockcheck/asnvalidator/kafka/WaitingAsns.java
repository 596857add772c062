package dev.dockcheck.asnvalidator.kafka;

import dev.dockcheck.asnvalidator.kafka.avro.AsnForPurchaseOrder;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The ASN/PO pairs that wait for their PO, keyed {@code <PO number><US><arrival offset>} so that
 * one PO's waiters are a prefix scan, in the order they arrived.
 */
final class WaitingAsns {

    private static final char SEPARATOR = '\u001F';

    private final KeyValueStore<String, AsnForPurchaseOrder> store;

    WaitingAsns(KeyValueStore<String, AsnForPurchaseOrder> store) {
        this.store = store;
    }

    void add(String poNumber, long arrivalOffset, AsnForPurchaseOrder envelope) {
        store.put(poNumber + SEPARATOR + String.format("%019d", arrivalOffset), envelope);
    }

    /** Removes and returns every pair that waits for {@code poNumber}. */
    List<AsnForPurchaseOrder> takeAll(String poNumber) {
        List<KeyValue<String, AsnForPurchaseOrder>> waiting = new ArrayList<>();
        try (KeyValueIterator<String, AsnForPurchaseOrder> it = store.prefixScan(poNumber + SEPARATOR, new StringSerializer())) {
            it.forEachRemaining(waiting::add);
        }
        waiting.forEach(entry -> store.delete(entry.key));
        return waiting.stream().map(entry -> entry.value).toList();
    }

    /** Removes and returns every pair that has waited since {@code cutoffMs} or longer. */
    List<AsnForPurchaseOrder> takeWaitingSince(long cutoffMs) {
        List<KeyValue<String, AsnForPurchaseOrder>> expired = new ArrayList<>();
        try (KeyValueIterator<String, AsnForPurchaseOrder> it = store.all()) {
            it.forEachRemaining(entry -> {
                if (entry.value.getWaitingSince().toEpochMilli() <= cutoffMs) {
                    expired.add(entry);
                }
            });
        }
        expired.forEach(entry -> store.delete(entry.key));
        return expired.stream().map(entry -> entry.value).toList();
    }

    long count() {
        long count = 0;
        try (KeyValueIterator<String, AsnForPurchaseOrder> it = store.all()) {
            for (; it.hasNext(); it.next()) {
                count++;
            }
        }
        return count;
    }
}
