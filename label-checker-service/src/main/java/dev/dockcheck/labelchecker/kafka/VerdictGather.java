package dev.dockcheck.labelchecker.kafka;

import dev.dockcheck.labelchecker.domain.ShipmentVerdict;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Gathers the parts of one ASN's verdict, repartitioned by check id, until as many have arrived as
 * each part says there are; then emits the whole verdict, keyed by shipment id, and forgets it.
 * The store holds only checks in flight: every part is written in the same exactly-once
 * transaction as the ASN was consumed in, so a check that started always completes.
 */
class VerdictGather implements Processor<String, VerdictPart, String, ShipmentVerdict> {

    static final String STORE = "sscc-verdicts-in-flight";

    private ProcessorContext<String, ShipmentVerdict> context;
    private KeyValueStore<String, VerdictPart> inFlight;

    static StoreBuilder<KeyValueStore<String, VerdictPart>> storeBuilder(Serde<VerdictPart> parts) {
        // cached: parts that arrive within one commit interval write the changelog once (or only
        // the tombstone), not once per part
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), parts)
                .withCachingEnabled();
    }

    @Override
    public void init(ProcessorContext<String, ShipmentVerdict> context) {
        this.context = context;
        this.inFlight = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, VerdictPart> record) {
        VerdictPart sofar = inFlight.get(record.key());
        VerdictPart merged = sofar == null ? record.value() : sofar.merge(record.value());
        if (!merged.complete()) {
            inFlight.put(record.key(), merged);
            return;
        }
        inFlight.delete(record.key());
        context.forward(record.withKey(merged.shipmentId()).withValue(merged.verdict()));
    }
}
