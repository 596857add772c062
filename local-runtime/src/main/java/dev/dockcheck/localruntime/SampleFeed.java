package dev.dockcheck.localruntime;

import dev.dockcheck.events.PurchaseOrderReceived;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.schemas.Topics;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces {@link SampleData} with the pipeline's Avro serde (Apicurio, Confluent wire format):
 * the POs to {@code purchase-orders.inbound}, then, once po-ingest has accepted them (so that the
 * ASN check finds its POs), the shipment confirmations to {@code shipment-confirmations}.
 * An idempotent producer with acks=all; read_committed consumers see its records at once.
 */
public final class SampleFeed {

    private final String bootstrapServers;
    private final String registryUrl;

    public SampleFeed(String bootstrapServers, String registryUrl) {
        this.bootstrapServers = bootstrapServers;
        this.registryUrl = registryUrl;
    }

    /** The Apicurio serde settings the services use (see pipeline-kafka's dockcheck-kafka-defaults.yml). */
    public static Map<String, Object> serdeConfig(String registryUrl) {
        Map<String, Object> config = new HashMap<>();
        config.put("apicurio.registry.url", registryUrl);
        config.put("apicurio.registry.headers.enabled", false);
        config.put("apicurio.registry.as-confluent", true);
        config.put("apicurio.registry.id-handler", "io.apicurio.registry.serde.Legacy4ByteIdHandler");
        config.put("apicurio.registry.use-id", "contentId");
        config.put("apicurio.registry.auto-register", true);
        config.put("apicurio.registry.find-latest", true);
        return config;
    }

    /**
     * Sends all of {@code data}; waits up to {@code acceptTimeout} for po-ingest to publish the POs
     * on {@code purchase-orders} before sending the shipments (and sends them anyway after that).
     *
     * @return how many of the POs po-ingest accepted within the timeout
     */
    public int send(SampleData data, Duration acceptTimeout) throws ExecutionException, InterruptedException {
        Map<String, Object> config = serdeConfig(registryUrl);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AvroKafkaSerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "dockcheck-sample-feed");
        try (KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(config);
                KafkaConsumer<String, byte[]> accepted = acceptedOrdersConsumer()) {
            for (PurchaseOrderReceived order : data.allOrders()) {
                send(producer, Topics.PURCHASE_ORDERS_INBOUND.name(), order.getPurchaseOrderNumber(), order);
            }
            Set<String> expected = new HashSet<>();
            data.allOrders().forEach(order -> expected.add(order.getPurchaseOrderNumber()));
            int seen = awaitKeys(accepted, expected, acceptTimeout);
            for (ShipmentConfirmed shipment : data.shipments()) {
                send(producer, Topics.SHIPMENT_CONFIRMATIONS.name(), shipment.getShipmentIdentifier(), shipment);
            }
            producer.flush();
            return seen;
        }
    }

    private static void send(KafkaProducer<String, SpecificRecord> producer, String topic, String key,
            SpecificRecord value) throws ExecutionException, InterruptedException {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new ExecutionException("No ack for " + key + " on " + topic + " within 30 s", e);
        }
    }

    /** Reads {@code purchase-orders} from its current end, so it sees only what this feed causes. */
    private KafkaConsumer<String, byte[]> acceptedOrdersConsumer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config);
        String topic = Topics.PURCHASE_ORDERS.name();
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static int awaitKeys(KafkaConsumer<String, byte[]> consumer, Set<String> expected, Duration timeout) {
        Set<String> seen = new HashSet<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!seen.containsAll(expected) && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(250))) {
                if (expected.contains(record.key())) {
                    seen.add(record.key());
                }
            }
        }
        return seen.size();
    }
}
