package dev.dockcheck.poingest.kafka;

import dev.dockcheck.events.CatalogItem;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * Reads the catalog from the same Kafka-backed store the check uses (the catalog.items
 * GlobalKTable): what GET returns is what the next PO is checked against.
 */
public class CatalogStore {

    private final Supplier<KafkaStreams> streams;

    public CatalogStore(StreamsBuilderFactoryBean streams) {
        this(streams::getKafkaStreams);
    }

    CatalogStore(Supplier<KafkaStreams> streams) {
        this.streams = streams;
    }

    /**
     * The item, if known; throws {@link Unavailable} while the store cannot answer: not started
     * yet, rebalancing, or the Streams client not running at all (stopping, stopped, failed).
     */
    public Optional<CatalogItem> find(String vendorSku) {
        KafkaStreams running = streams.get();
        if (running == null) {
            throw new Unavailable("the catalog store is not started");
        }
        if (!running.state().isRunningOrRebalancing()) {
            throw new Unavailable("the catalog store is not running (Kafka Streams is " + running.state() + ")");
        }
        try {
            return Optional.ofNullable(running.store(StoreQueryParameters.fromNameAndType(
                    UomCheckTopology.CATALOG_STORE, QueryableStoreTypes.<String, CatalogItem>keyValueStore()))
                    .get(vendorSku));
        } catch (InvalidStateStoreException | IllegalStateException e) {
            throw new Unavailable("the catalog store is not ready: " + e.getMessage());
        }
    }

    /** The store cannot answer yet (starting, rebalancing). */
    public static class Unavailable extends RuntimeException {
        public Unavailable(String message) {
            super(message);
        }
    }
}
