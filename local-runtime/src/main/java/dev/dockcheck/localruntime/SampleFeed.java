package dev.dockcheck.localruntime;

import dev.dockcheck.events.CatalogItem;
import dev.dockcheck.events.PurchaseOrderReceived;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.schemas.Topics;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Produces {@link SampleData} with the pipeline's Avro serde (Apicurio, Confluent wire format), in
 * the order the checks need it: the catalog to {@code catalog.items} (and waits until po-ingest's
 * catalog store answers for it), the POs to {@code purchase-orders.inbound} (and waits until
 * po-ingest has published them on {@code purchase-orders}, so that the ASN check finds them), then
 * the shipment confirmations to {@code shipment-confirmations}. An idempotent producer with
 * acks=all; read_committed consumers see its records at once.
 */
public final class SampleFeed {

    private static final Logger LOG = LoggerFactory.getLogger(SampleFeed.class);

    private final String bootstrapServers;
    private final String registryUrl;
    private final String poIngestUrl;

    /** @param poIngestUrl po-ingest's base URL, whose {@code /api/catalog/items/{sku}} shows when the catalog is in */
    public SampleFeed(String bootstrapServers, String registryUrl, String poIngestUrl) {
        this.bootstrapServers = bootstrapServers;
        this.registryUrl = registryUrl;
        this.poIngestUrl = poIngestUrl;
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
            long start = System.nanoTime();
            for (CatalogItem item : data.catalog()) {
                send(producer, Topics.CATALOG_ITEMS.name(), item.getVendorSku(), item);
            }
            LOG.info("Catalog sent after {}", Progress.since(start));
            awaitCatalog(data.catalog(), acceptTimeout);
            LOG.info("Catalog in po-ingest's store after {}", Progress.since(start));
            for (PurchaseOrderReceived order : data.allOrders()) {
                send(producer, Topics.PURCHASE_ORDERS_INBOUND.name(), order.getPurchaseOrderNumber(), order);
            }
            LOG.info("POs sent after {}", Progress.since(start));
            Set<String> expected = new HashSet<>();
            data.allOrders().forEach(order -> expected.add(order.getPurchaseOrderNumber()));
            int seen = awaitKeys(accepted, expected, acceptTimeout);
            LOG.info("{} of {} POs accepted after {}", seen, expected.size(), Progress.since(start));
            for (ShipmentConfirmed shipment : data.shipments()) {
                send(producer, Topics.SHIPMENT_CONFIRMATIONS.name(), shipment.getShipmentIdentifier(), shipment);
            }
            producer.flush();
            LOG.info("Shipments sent after {}", Progress.since(start));
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

    /** Until po-ingest's catalog store knows every SKU, or {@code timeout}. */
    void awaitCatalog(List<CatalogItem> catalog, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        for (CatalogItem item : catalog) {
            URI uri = URI.create(poIngestUrl + "/api/catalog/items/" + item.getVendorSku());
            while (System.nanoTime() < deadline) {
                try {
                    if (http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode() == 200) {
                        break;
                    }
                } catch (IOException e) {
                    // not answering yet
                }
                Thread.sleep(200);
            }
        }
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
