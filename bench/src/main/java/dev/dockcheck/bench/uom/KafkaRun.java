package dev.dockcheck.bench.uom;

import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.PurchaseOrderReceived;
import dev.dockcheck.bench.pipeline.KafkaClients;
import dev.dockcheck.kafka.SchemaIdCachingDeserializer;
import dev.dockcheck.schemas.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Through Kafka, against a running po-ingest-service (e.g. {@code ./run-local}): POs sent to
 * purchase-orders.inbound until every UOM_MAPPING result is on check-results. The baseline is the
 * same POs through a bench-owned topic and straight back (broker and serde round trip, no service).
 */
final class KafkaRun implements AutoCloseable {

    private final UomWorkload workload;
    private final String bootstrap;
    private final KafkaClients clients;
    private final KafkaProducer<String, Object> producer;

    KafkaRun(UomWorkload workload, String bootstrap, String registry) {
        this.workload = workload;
        this.bootstrap = bootstrap;
        this.clients = new KafkaClients(bootstrap, registry);
        this.producer = clients.producer(null);
    }

    /** Publishes the catalog and waits until a clean probe PO passes, i.e. the service has the catalog. */
    void prepare() {
        workload.catalog().forEach(item -> producer.send(new ProducerRecord<>(Topics.CATALOG_ITEMS.name(),
                item.getVendorSku(), item)));
        producer.flush();
        try (var results = consumerAtEnd(Topics.CHECK_RESULTS.name()); var decoder = new SchemaIdCachingDeserializer<CheckCompleted>()) {
            decoder.configure(clients.serde(), false);
            for (int attempt = 0; attempt < 60; attempt++) {
                String probe = workload.prefix() + "-PROBE-" + attempt;
                producer.send(new ProducerRecord<>(Topics.PURCHASE_ORDERS_INBOUND.name(), probe, cleanProbe(probe)));
                producer.flush();
                CheckCompleted result = awaitKey(results, probe, decoder);
                if (result.getOutcome() == CheckOutcome.PASS) {
                    return;
                }
                sleep(500);
            }
            throw new IllegalStateException("the service never passed a clean probe PO: is the catalog applied?");
        }
    }

    Figure throughService(List<PurchaseOrderReceived> orders) {
        return roundTrip("kafka: inbound -> UoM check -> check-results", Topics.PURCHASE_ORDERS_INBOUND.name(),
                Topics.CHECK_RESULTS.name(), orders);
    }

    Figure rawRoundTrip(List<PurchaseOrderReceived> orders) throws Exception {
        String topic = "bench.uom-roundtrip-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            int partitions = admin.describeTopics(List.of(Topics.PURCHASE_ORDERS_INBOUND.name())).allTopicNames().get()
                    .get(Topics.PURCHASE_ORDERS_INBOUND.name()).partitions().size();
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
            try {
                return roundTrip("kafka: produce -> consume, no service (baseline)", topic, topic, orders);
            } finally {
                admin.deleteTopics(List.of(topic)).all().get();
            }
        }
    }

    private Figure roundTrip(String name, String to, String from, List<PurchaseOrderReceived> orders) {
        Map<String, Long> sentAt = new HashMap<>(orders.size() * 2);
        Latencies latencies = new Latencies(orders.size());
        try (var consumer = consumerAtEnd(from)) {
            long start = System.nanoTime();
            for (PurchaseOrderReceived po : orders) {
                sentAt.put(po.getPurchaseOrderNumber(), System.nanoTime());
                producer.send(new ProducerRecord<>(to, po.getPurchaseOrderNumber(), po));
            }
            producer.flush();
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (latencies.count() < orders.size() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    Long sent = sentAt.remove(record.key());
                    if (sent != null) {
                        latencies.add(System.nanoTime() - sent);
                    }
                }
            }
            if (latencies.count() < orders.size()) {
                System.out.printf("  ! %s: only %d of %d arrived within 5 min%n", name, latencies.count(), orders.size());
            }
            return Figure.of(name, latencies.count(), System.nanoTime() - start, latencies);
        }
    }

    private KafkaConsumer<String, byte[]> consumerAtEnd(String topic) {
        var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", bootstrap,
                "isolation.level", "read_committed", "enable.auto.commit", false),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static CheckCompleted awaitKey(KafkaConsumer<String, byte[]> consumer, String key,
            SchemaIdCachingDeserializer<CheckCompleted> decoder) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                if (key.equals(record.key())) {
                    return decoder.deserialize(record.topic(), record.value());
                }
            }
        }
        throw new IllegalStateException("no check result for " + key + " within 30 s: is po-ingest-service running?");
    }

    private PurchaseOrderReceived cleanProbe(String number) {
        PurchaseOrderReceived po = workload.order(Long.MAX_VALUE);
        po.setPurchaseOrderNumber(number);
        po.getItems().forEach(line -> line.getOrderedQuantity().setUnitSize((long) UomWorkload.casePack(
                Integer.parseInt(line.getVendorSku().substring(line.getVendorSku().lastIndexOf('-') + 1)))));
        return po;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
