package dev.dockcheck.localruntime;

import dev.dockcheck.events.CatalogItem;
import dev.dockcheck.events.PurchaseOrderReceived;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.schemas.Topics;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Clean POs with one shipment confirmation each, streamed at a steady rate by a thread of its own.
 * Every four POs are one {@link SampleData#create} at a second of their own (going forward from
 * two hours ago), so that PO numbers, shipment ids and SSCCs never collide; the big PO of each
 * sample is left out, so every PO is small, matches the catalog and should be approved
 * automatically. Sends are asynchronous on an idempotent producer (acks=all) that rides out a
 * broker restart; a send that fails in the end is kept and rethrown by {@link #awaitSent}.
 */
final class FaultFeed implements AutoCloseable {

    static final int ORDERS_PER_SAMPLE = 4;

    private final List<SampleData> samples = new ArrayList<>();
    private final KafkaProducer<String, SpecificRecord> producer;
    private final AtomicInteger ordersSent = new AtomicInteger();
    private final AtomicInteger shipmentsSent = new AtomicInteger();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private Thread thread;

    /** {@code orders} rounded up to a multiple of {@link #ORDERS_PER_SAMPLE}. */
    FaultFeed(int orders, String bootstrapServers, String registryUrl) {
        Instant first = Instant.now().minus(Duration.ofHours(2));
        for (int i = 0; i * ORDERS_PER_SAMPLE < orders; i++) {
            samples.add(SampleData.create(first.plusSeconds(i)));
        }
        Map<String, Object> config = SampleFeed.serdeConfig(registryUrl);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AvroKafkaSerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "dockcheck-fault-feed");
        producer = new KafkaProducer<>(config);
    }

    List<PurchaseOrderReceived> orders() {
        return samples.stream().flatMap(s -> s.cleanOrders().stream()).toList();
    }

    List<ShipmentConfirmed> shipments() {
        return samples.stream().flatMap(s -> s.shipments().stream()).toList();
    }

    /** The item master of every SKU ordered: the same few SKUs in every sample. */
    List<CatalogItem> catalog() {
        return samples.get(0).catalog();
    }

    /** Sends the catalog and waits for its acknowledgement. */
    void sendCatalog() throws Exception {
        for (CatalogItem item : catalog()) {
            producer.send(new ProducerRecord<>(Topics.CATALOG_ITEMS.name(), item.getVendorSku(), item))
                    .get(60, TimeUnit.SECONDS);
        }
    }

    /** Starts streaming every sample's POs, then its shipments, at about {@code ordersPerSecond} POs per second. */
    void start(double ordersPerSecond) {
        thread = new Thread(() -> stream(ordersPerSecond), "fault-feed");
        thread.setDaemon(true);
        thread.start();
    }

    private void stream(double ordersPerSecond) {
        long start = System.nanoTime();
        for (int i = 0; i < samples.size() && failure.get() == null; i++) {
            long due = start + (long) (i * ORDERS_PER_SAMPLE / ordersPerSecond * 1e9);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            for (PurchaseOrderReceived order : samples.get(i).cleanOrders()) {
                send(Topics.PURCHASE_ORDERS_INBOUND.name(), order.getPurchaseOrderNumber(), order, ordersSent);
            }
            for (ShipmentConfirmed shipment : samples.get(i).shipments()) {
                send(Topics.SHIPMENT_CONFIRMATIONS.name(), shipment.getShipmentIdentifier(), shipment, shipmentsSent);
            }
        }
    }

    private void send(String topic, String key, SpecificRecord value, AtomicInteger acknowledged) {
        producer.send(new ProducerRecord<>(topic, key, value), (metadata, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
            } else {
                acknowledged.incrementAndGet();
            }
        });
    }

    /** POs acknowledged by the broker so far. */
    int ordersSent() {
        return ordersSent.get();
    }

    int shipmentsSent() {
        return shipmentsSent.get();
    }

    boolean isStreaming() {
        return thread != null && thread.isAlive();
    }

    /** Waits until every record is acknowledged; throws the first failed send. */
    void awaitSent(Duration timeout) throws Exception {
        thread.join(timeout.toMillis());
        if (thread.isAlive()) {
            throw new IllegalStateException("The feed was still sending after " + timeout + ": " + ordersSent() + " POs sent");
        }
        producer.flush();
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    @Override
    public void close() {
        if (thread != null) {
            thread.interrupt();
        }
        producer.close(Duration.ofSeconds(10));
    }
}
