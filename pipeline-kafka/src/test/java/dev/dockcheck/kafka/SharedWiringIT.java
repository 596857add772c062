package dev.dockcheck.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.CheckType;
import dev.dockcheck.events.Money;
import dev.dockcheck.events.PurchaseOrderAccepted;
import dev.dockcheck.events.PurchaseOrderReceived;
import dev.dockcheck.registry.SchemaRegistrySupport;
import dev.dockcheck.schemas.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The wiring every service gets from this module, on a real broker and registry: Avro in the
 * Confluent wire format, a transactional consume-transform-produce listener, and dead letters.
 */
@PipelineIntegrationTest
class SharedWiringIT {

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    KafkaTemplate<String, Object> template;

    @Autowired
    MeterRegistry meters;

    @Autowired
    AvroSerdes serdes;

    @Autowired
    KafkaProperties kafka;

    @Test
    void relaysGoodRecordsAndSendsBadOnesToTheDeadLetterTopicWithoutStalling() throws Exception {
        byte[] garbage = "not avro at all".getBytes(StandardCharsets.UTF_8);
        template.executeInTransaction(t -> t.send(Topics.PURCHASE_ORDERS_INBOUND.name(), "PO-1", order("PO-1", "V1")));
        sendRaw(Topics.PURCHASE_ORDERS_INBOUND.name(), "PO-2", garbage);
        template.executeInTransaction(t -> t.send(Topics.PURCHASE_ORDERS_INBOUND.name(), "PO-3", order("PO-3", "POISON")));
        template.executeInTransaction(t -> t.send(Topics.PURCHASE_ORDERS_INBOUND.name(), "PO-4", order("PO-4", "V1")));

        List<ConsumerRecord<String, byte[]>> results = readUntilKey(Topics.CHECK_RESULTS.name(), "PO-4");
        List<ConsumerRecord<String, byte[]>> deadLetters = read(Topics.PURCHASE_ORDERS_INBOUND.deadLetterTopic(), 2);

        assertThat(results).extracting(ConsumerRecord::key).contains("PO-1", "PO-4").doesNotContain("PO-2", "PO-3");
        assertThat(deadLetters).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("PO-2", "PO-3");
        ConsumerRecord<String, byte[]> undecodable = byKey(deadLetters, "PO-2");
        assertThat(undecodable.value()).isEqualTo(garbage);
        assertThat(header(undecodable, DeadLetters.REASON_HEADER)).isEqualTo("deserialization");
        assertThat(header(undecodable, "kafka_dlt-original-topic")).isEqualTo("purchase-orders.inbound");
        ConsumerRecord<String, byte[]> poison = byKey(deadLetters, "PO-3");
        assertThat(header(poison, DeadLetters.REASON_HEADER)).isEqualTo("unprocessable");
        assertThat(header(poison, "kafka_dlt-exception-message")).contains("vendor POISON");
        assertThat(deadLetterCount("deserialization")).isEqualTo(1.0);
        assertThat(deadLetterCount("unprocessable")).isEqualTo(1.0);
    }

    @Test
    void writesMagicByteZeroAndASchemaIdThatTheRegistryResolves() throws Exception {
        template.executeInTransaction(t -> t.send(Topics.PURCHASE_ORDERS_INBOUND.name(), "PO-9", order("PO-9", "V1")));

        ConsumerRecord<String, byte[]> raw;
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.CHECK_RESULTS.name())) {
            raw = reader.readUntil(record -> "PO-9".equals(record.key()), Duration.ofSeconds(30));
        }
        WireFormat wire = WireFormat.of(raw.value());

        assertThat(wire.magic()).isZero();
        assertThat(raw.headers().toArray()).isEmpty();
        HttpResponse<String> schema = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                SchemaRegistrySupport.ccompatUrl() + "/schemas/ids/" + wire.schemaId())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.body()).contains("CheckCompleted");
    }

    private double deadLetterCount(String reason) {
        var counter = meters.find(DeadLetters.METRIC).tag("topic", "purchase-orders.inbound").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private List<ConsumerRecord<String, byte[]>> read(String topic, int count) {
        try (TopicReader reader = new TopicReader(bootstrapServers, topic)) {
            return reader.read(count, Duration.ofSeconds(30));
        }
    }

    private List<ConsumerRecord<String, byte[]>> readUntilKey(String topic, String key) {
        List<ConsumerRecord<String, byte[]>> records = new java.util.ArrayList<>();
        try (TopicReader reader = new TopicReader(bootstrapServers, topic)) {
            reader.readUntil(record -> records.add(record) && key.equals(record.key()), Duration.ofSeconds(30));
        }
        return records;
    }

    private void sendRaw(String topic, String key, byte[] value) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrapServers),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static ConsumerRecord<String, byte[]> byKey(List<ConsumerRecord<String, byte[]>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void theStreamsSerdeWritesTheRegistrySerializersBytesPerTopicAndReadsThemBack() {
        var registry = new AvroKafkaSerializer<PurchaseOrderAccepted>();
        registry.configure(new HashMap<>(kafka.buildStreamsProperties()), false);
        var serde = serdes.valueSerde(PurchaseOrderAccepted.class);
        for (String topic : List.of(Topics.PURCHASE_ORDERS.name(), "wiring-another-topic")) {
            for (int i = 0; i < 3; i++) { // the first record asks the registry, the others use the kept schema id
                PurchaseOrderAccepted po = accepted("PO-" + i, i);
                byte[] bytes = serde.serializer().serialize(topic, po);
                assertThat(bytes).as("%s, record %d", topic, i).isEqualTo(registry.serialize(topic, po));
                assertThat(serde.deserializer().deserialize(topic, bytes)).isEqualTo(po);
            }
        }
        assertThat(serde.serializer().serialize(Topics.PURCHASE_ORDERS.name(), null)).isNull();
    }

    @Test
    void theDeserializerReadsWhatTheRegistrysReadsAlsoFromANewerWriterSchemaAndRefusesWhatItRefuses() throws IOException {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        var registryReader = new AvroKafkaDeserializer<PurchaseOrderAccepted>();
        registryReader.configure(config, false);
        var cachingReader = new SchemaIdCachingDeserializer<PurchaseOrderAccepted>();
        cachingReader.configure(config, false);
        var current = new AvroKafkaSerializer<PurchaseOrderAccepted>();
        current.configure(new HashMap<>(kafka.buildProducerProperties()), false);
        var newer = new AvroKafkaSerializer<GenericRecord>();
        newer.configure(new HashMap<>(kafka.buildProducerProperties()), false);
        String topic = "wiring-evolving-topic";

        for (int i = 0; i < 3; i++) { // the first record goes through the registry, the next through the kept reader
            byte[] bytes = current.serialize(topic, accepted("PO-" + i, i));
            assertThat(cachingReader.deserialize(topic, bytes)).isEqualTo(registryReader.deserialize(topic, bytes))
                    .isEqualTo(accepted("PO-" + i, i));
        }
        // a producer on a newer schema: one more field, another schema id
        for (int i = 3; i < 5; i++) {
            byte[] bytes = newer.serialize(topic, withDockDoor(accepted("PO-" + i, i), "D" + i));
            assertThat(WireFormat.of(bytes).schemaId()).isNotEqualTo(WireFormat.of(current.serialize(topic, accepted("PO-0", 0))).schemaId());
            assertThat(cachingReader.deserialize(topic, bytes)).isEqualTo(registryReader.deserialize(topic, bytes))
                    .isEqualTo(accepted("PO-" + i, i));
        }
        assertThat(cachingReader.schemaIdsKept()).isEqualTo(2);

        byte[] valid = current.serialize(topic, accepted("PO-5", 5));
        byte[] truncated = Arrays.copyOf(valid, valid.length / 2);
        byte[] unknownId = valid.clone();
        unknownId[1] = 0x7f;
        byte[] wrongMagic = valid.clone();
        wrongMagic[0] = 1;
        for (byte[] bad : List.of(truncated, unknownId, wrongMagic)) {
            assertThatThrownBy(() -> registryReader.deserialize(topic, bad)).isInstanceOf(RuntimeException.class);
            assertThatThrownBy(() -> cachingReader.deserialize(topic, bad)).isInstanceOf(RuntimeException.class);
        }
        assertThat(cachingReader.deserialize(topic, null)).isNull();
        assertThat(cachingReader.deserialize(topic, valid)).isEqualTo(accepted("PO-5", 5));
    }

    /** The record under its schema with one more optional field, as a producer on a newer schema writes it. */
    private static GenericRecord withDockDoor(PurchaseOrderAccepted po, String door) throws IOException {
        Schema original = po.getSchema();
        List<Schema.Field> fields = new ArrayList<>(original.getFields().stream()
                .map(field -> new Schema.Field(field, field.schema())).toList());
        fields.add(new Schema.Field("dockDoor", Schema.createUnion(Schema.create(Schema.Type.NULL),
                Schema.create(Schema.Type.STRING)), "added by a newer producer", Schema.Field.NULL_DEFAULT_VALUE));
        Schema newer = Schema.createRecord(original.getName(), original.getDoc(), original.getNamespace(), false, fields);
        // the fields as Avro stores them (no logical-type conversions), as a generic writer takes them;
        // the single-object encoding is a 10-byte header, then the Avro binary
        ByteBuffer encoded = po.toByteBuffer();
        GenericRecord raw = new GenericDatumReader<GenericRecord>(original).read(null,
                DecoderFactory.get().binaryDecoder(encoded.array(), 10, encoded.remaining() - 10, null));
        GenericRecord record = new GenericData.Record(newer);
        original.getFields().forEach(field -> record.put(field.name(), raw.get(field.pos())));
        record.put("dockDoor", door);
        return record;
    }

    static PurchaseOrderAccepted accepted(String number, int i) {
        Instant date = Instant.parse("2026-12-01T10:00:00Z").plusSeconds(i);
        return PurchaseOrderAccepted.newBuilder().setPurchaseOrderNumber(number).setVendorCode("V" + i)
                .setPurchaseOrderDate(date).setAcknowledgeBy(date.plusSeconds(86_400)).setLines(List.of())
                .setTotalEaches(10L * i).setTotalValue(new Money(new BigDecimal("1234.5678").add(BigDecimal.valueOf(i)), "USD"))
                .setContentHash("hash-" + i).setAcceptedAt(date).setChange(i % 2 == 0).build();
    }

    static PurchaseOrderReceived order(String number, String vendor) {
        return PurchaseOrderReceived.newBuilder().setPurchaseOrderNumber(number).setVendorCode(vendor)
                .setPurchaseOrderDate(Instant.parse("2026-12-01T10:00:00Z")).setItems(List.of())
                .setReceivedAt(Instant.now()).build();
    }

    /** A relay that stands for a service: consume, transform, produce, in one Kafka transaction. */
    @SpringBootApplication
    static class RelayApplication {

        @Autowired
        KafkaTemplate<String, Object> template;

        @KafkaListener(id = "relay", topics = "purchase-orders.inbound")
        void relay(ConsumerRecord<String, PurchaseOrderReceived> record) {
            PurchaseOrderReceived order = record.value();
            if (order.getVendorCode().equals("POISON")) {
                throw new UnprocessableRecordException("vendor POISON is never valid");
            }
            template.send(Topics.CHECK_RESULTS.name(), record.key(), CheckCompleted.newBuilder()
                    .setPoNumber(order.getPurchaseOrderNumber()).setCheckType(CheckType.UOM_MAPPING)
                    .setSubjectId(order.getPurchaseOrderNumber()).setOutcome(CheckOutcome.PASS)
                    .setFindings(List.of()).setCheckedAt(Instant.now()).build());
        }
    }
}
