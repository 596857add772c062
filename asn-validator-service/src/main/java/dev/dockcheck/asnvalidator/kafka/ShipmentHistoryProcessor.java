package dev.dockcheck.asnvalidator.kafka;

import dev.dockcheck.events.ShipmentConfirmationType;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.asnvalidator.kafka.avro.AsnForPurchaseOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Runs on records keyed by shipment identifier, so that every confirmation under one identifier
 * meets the same store whatever instance runs it. It remembers the last Original per identifier,
 * attaches it to the ASN (a reuse for an Original, the replaced shipment for a Replace), and fans
 * the ASN out to one record per PO, keyed by PO number. An hourly wall-clock punctuation forgets
 * Originals confirmed longer ago than the reuse window, so the store does not grow for ever.
 */
final class ShipmentHistoryProcessor implements Processor<String, ShipmentConfirmed, String, AsnForPurchaseOrder> {

    static final Duration PURGE_INTERVAL = Duration.ofHours(1);

    private final AsnEnvelopes envelopes;
    private final Duration reuseWindow;
    private ProcessorContext<String, AsnForPurchaseOrder> context;
    private KeyValueStore<String, ShipmentConfirmed> originals;

    ShipmentHistoryProcessor(AsnEnvelopes envelopes, Duration reuseWindow) {
        this.envelopes = envelopes;
        this.reuseWindow = reuseWindow;
    }

    @Override
    public void init(ProcessorContext<String, AsnForPurchaseOrder> context) {
        this.context = context;
        this.originals = context.getStateStore(AsnMatchTopology.SHIPMENT_HISTORY_STORE);
        context.schedule(PURGE_INTERVAL, PunctuationType.WALL_CLOCK_TIME, this::forgetOutsideTheReuseWindow);
    }

    @Override
    public void process(Record<String, ShipmentConfirmed> record) {
        ShipmentConfirmed asn = record.value();
        ShipmentConfirmed previousOriginal = originals.get(asn.getShipmentIdentifier());
        if (asn.getConfirmationType() != ShipmentConfirmationType.REPLACE) {
            originals.put(asn.getShipmentIdentifier(), asn);
        }
        for (String po : AsnMatchMapper.purchaseOrderNumbers(asn)) {
            context.forward(record.withKey(po).withValue(envelopes.wrap(po, asn, previousOriginal)));
        }
    }

    private void forgetOutsideTheReuseWindow(long now) {
        Instant cutoff = Instant.ofEpochMilli(now).minus(reuseWindow);
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, ShipmentConfirmed> all = originals.all()) {
            all.forEachRemaining(entry -> {
                if (entry.value.getShipmentConfirmationDate().isBefore(cutoff)) {
                    expired.add(entry.key);
                }
            });
        }
        expired.forEach(originals::delete);
    }
}
