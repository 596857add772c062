package dev.dockcheck.poingest.kafka;

import dev.dockcheck.events.CatalogItem;
import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.PurchaseOrderAccepted;
import dev.dockcheck.events.PurchaseOrderReceived;
import dev.dockcheck.poingest.domain.UnitOfMeasureMapping;
import dev.dockcheck.schemas.Topics;
import java.time.Clock;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * {@code purchase-orders.inbound} → UoM check against the {@code catalog.items} GlobalKTable →
 * {@code purchase-orders} (PurchaseOrderAccepted) and {@code check-results} (CheckCompleted),
 * exactly once (the shared defaults set {@code exactly_once_v2}).
 */
public final class UomCheckTopology {

    public static final String CATALOG_STORE = "catalog-items";
    public static final String REVISIONS_STORE = "po-revisions";

    /** Gives the Avro value serde of a type: the registry serde in the service, a plain one in tests. */
    public interface ValueSerdes {
        <T extends SpecificRecord> Serde<T> valueSerde(Class<T> type);
    }

    private UomCheckTopology() {
    }

    /**
     * Adds the topology to {@code builder}; returns the inbound stream.
     *
     * @param catalogSerdes for the global catalog store, which no topic receives: it must take every
     *                      item the broker took, whatever its size (else the global thread dies)
     */
    public static KStream<String, PurchaseOrderReceived> build(StreamsBuilder builder, ValueSerdes serdes,
            ValueSerdes catalogSerdes, UnitOfMeasureMapping check, CheckMetrics metrics, Clock clock) {
        // a global table's store takes Consumed's serdes
        builder.globalTable(Topics.CATALOG_ITEMS.name(), Consumed.with(Serdes.String(), catalogSerdes.valueSerde(CatalogItem.class)),
                Materialized.<String, CatalogItem, KeyValueStore<Bytes, byte[]>>as(CATALOG_STORE)
                        .withKeySerde(Serdes.String()).withValueSerde(catalogSerdes.valueSerde(CatalogItem.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(REVISIONS_STORE),
                Serdes.String(), Serdes.String()));
        KStream<String, PurchaseOrderReceived> inbound = builder.stream(Topics.PURCHASE_ORDERS_INBOUND.name(),
                Consumed.with(Serdes.String(), serdes.valueSerde(PurchaseOrderReceived.class)));
        KStream<String, CheckedOrder> checked = inbound.process(() -> new PurchaseOrderCheckProcessor(check, metrics, clock), REVISIONS_STORE);
        checked.mapValues(CheckedOrder::accepted).to(Topics.PURCHASE_ORDERS.name(),
                Produced.with(Serdes.String(), serdes.valueSerde(PurchaseOrderAccepted.class)));
        checked.mapValues(CheckedOrder::result).to(Topics.CHECK_RESULTS.name(),
                Produced.with(Serdes.String(), serdes.valueSerde(CheckCompleted.class)));
        return inbound;
    }
}
