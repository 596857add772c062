package dev.dockcheck.labelchecker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.LabelPrinted;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.kafka.AvroSerdes;
import dev.dockcheck.kafka.DeadLetters;
import dev.dockcheck.kafka.LargeRecords;
import dev.dockcheck.kafka.PipelineIntegrationTest;
import dev.dockcheck.kafka.SizeLimitedSerdes;
import dev.dockcheck.kafka.TopicReader;
import dev.dockcheck.kafka.WireFormat;
import dev.dockcheck.labelchecker.kafka.ItFixtures;
import dev.dockcheck.schemas.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The service on a real broker and registry: unreadable records on both inputs, prints that are no
 * SSCC and ASNs with identifiers too long to be keys go to their DLTs, through pipeline-kafka's
 * Streams handlers; good records are still checked and the client keeps running.
 */
@PipelineIntegrationTest
class LabelCheckerIT {

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    KafkaTemplate<String, Object> template;

    @Autowired
    AvroSerdes serdes;

    @Autowired
    MeterRegistry meters;

    @Autowired
    StreamsBuilderFactoryBean streams;

    @Autowired
    KafkaProperties springKafka;

    @Autowired
    SizeLimitedSerdes sizeLimit;

    @Test
    void deadLettersUnreadableRecordsOfBothInputsAndChecksTheNextAsn() throws Exception {
        byte[] garbage = "not avro".getBytes(StandardCharsets.UTF_8);
        sendRaw(Topics.SHIPMENT_CONFIRMATIONS.name(), "BROKEN-1", garbage);
        sendRaw(Topics.LABELS_PRINTED.name(), "00123456789012345675", garbage);
        template.executeInTransaction(t -> t.send(Topics.SHIPMENT_CONFIRMATIONS.name(), "S-OK",
                ItFixtures.asn("S-OK", "POOK0001", "00123456789012345670")));

        ConsumerRecord<String, byte[]> result = readUntilKey(Topics.CHECK_RESULTS.name(), "POOK0001");
        ConsumerRecord<String, byte[]> asnDeadLetter = readUntilKey(Topics.SHIPMENT_CONFIRMATIONS.deadLetterTopic(), "BROKEN-1");
        ConsumerRecord<String, byte[]> printDeadLetter =
                readUntilKey(Topics.LABELS_PRINTED.deadLetterTopic(), "00123456789012345675");

        CheckCompleted check = serdes.valueSerde(CheckCompleted.class).deserializer().deserialize("check-results", result.value());
        assertThat(WireFormat.of(result.value()).magic()).isZero();
        assertThat(check.getOutcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(check.getFindings()).extracting(f -> f.getCode()).containsExactly("SSCC_CHECK_DIGIT");
        assertThat(asnDeadLetter.value()).isEqualTo(garbage);
        assertThat(header(asnDeadLetter, DeadLetters.REASON_HEADER)).isEqualTo("deserialization");
        assertThat(header(printDeadLetter, DeadLetters.REASON_HEADER)).isEqualTo("deserialization");
        assertThat(meters.find("po.checks").tag("check", "SSCC").tag("outcome", "FAIL").counter().count()).isEqualTo(1.0);
    }

    /**
     * Prints that are no SSCC, one of them 3 MiB of random letters (sent zstd-compressed by a 16 MiB
     * producer, as it would have to be), go to labels.printed-dlt as they came, and the print after
     * them on the same partition is registered.
     */
    @Test
    void deadLettersPrintsThatAreNoSsccAndRegistersTheNextPrint() throws Exception {
        String key = "00061414100000000014";
        var nineteenDigits = printed("1234567890123456789", "SHIP-X");
        var threeMebibytes = printed(LargeRecords.randomLetters(3 * 1024 * 1024), "SHIP-X");
        LargeRecords.acceptUpTo16MiB(bootstrapServers, Topics.LABELS_PRINTED.name());
        for (LabelPrinted print : List.of(nineteenDigits, threeMebibytes, printed(key, "SHIP-1"), printed(key, "SHIP-2"))) {
            LargeRecords.send(springKafka, Topics.LABELS_PRINTED.name(), key, print);
        }

        List<ConsumerRecord<String, byte[]>> dead = readWithKey(Topics.LABELS_PRINTED.deadLetterTopic(), key, 2);
        assertThat(dead).extracting(r -> serdes.valueSerde(LabelPrinted.class).deserializer()
                .deserialize(Topics.LABELS_PRINTED.deadLetterTopic(), r.value())).containsExactly(nineteenDigits, threeMebibytes);
        assertThat(dead).allSatisfy(r -> {
            assertThat(header(r, DeadLetters.REASON_HEADER)).isEqualTo("unprocessable");
            assertThat(header(r, "kafka_dlt-original-topic")).isEqualTo(Topics.LABELS_PRINTED.name());
            assertThat(header(r, "kafka_dlt-exception-message")).contains("the printed label is not an SSCC");
        });
        assertThat(meters.find(DeadLetters.METRIC).tag("topic", Topics.LABELS_PRINTED.name()).tag("reason", "unprocessable")
                .counter().count()).isEqualTo(2.0);
        awaitPrintReuse();
        assertThat(streams.getKafkaStreams().state()).isEqualTo(KafkaStreams.State.RUNNING);
    }

    /**
     * An ASN whose shipment identifier is 3 MiB of random letters would make keys no broker takes:
     * it goes to shipment-confirmations-dlt as it came, and the next ASN gets its SSCC result.
     */
    @Test
    void deadLettersAnAsnWithAHugeShipmentIdentifierAndChecksTheNextAsn() throws Exception {
        double before = deadLetterCount(Topics.SHIPMENT_CONFIRMATIONS.name());
        ShipmentConfirmed huge = ItFixtures.asn(LargeRecords.randomLetters(3 * 1024 * 1024), "POHUGE01",
                "00123456789012345682");
        LargeRecords.acceptUpTo16MiB(bootstrapServers, Topics.SHIPMENT_CONFIRMATIONS.name());
        LargeRecords.send(springKafka, Topics.SHIPMENT_CONFIRMATIONS.name(), "S-HUGE", huge);
        template.executeInTransaction(t -> t.send(Topics.SHIPMENT_CONFIRMATIONS.name(), "S-AFTER-HUGE",
                ItFixtures.asn("S-AFTER-HUGE", "POAFTER1", "00123456789012345682")));

        ConsumerRecord<String, byte[]> result = readUntilKey(Topics.CHECK_RESULTS.name(), "POAFTER1");
        ConsumerRecord<String, byte[]> dead = readUntilKey(Topics.SHIPMENT_CONFIRMATIONS.deadLetterTopic(), "S-HUGE");

        CheckCompleted check = serdes.valueSerde(CheckCompleted.class).deserializer().deserialize("check-results", result.value());
        assertThat(check.getSubjectId()).isEqualTo("S-AFTER-HUGE");
        assertThat(check.getOutcome()).isEqualTo(CheckOutcome.PASS);
        assertThat(serdes.valueSerde(ShipmentConfirmed.class).deserializer()
                .deserialize(dead.topic(), dead.value())).isEqualTo(huge);
        assertThat(header(dead, DeadLetters.REASON_HEADER)).isEqualTo("unprocessable");
        assertThat(header(dead, "kafka_dlt-exception-message"))
                .contains("shipmentIdentifier is 3145728 characters long; an identifier may have at most 256");
        assertThat(deadLetterCount(Topics.SHIPMENT_CONFIRMATIONS.name()) - before).isEqualTo(1.0);
        assertThat(streams.getKafkaStreams().state()).isEqualTo(KafkaStreams.State.RUNNING);
    }

    @Test
    void keepsThePipelineProducerDefaultsAndHoldsItsOwnRecordsToTheirLimit() {
        var config = streams.getStreamsConfiguration();

        assertThat(config).containsEntry("processing.guarantee", "exactly_once_v2")
                .doesNotContainKeys("producer.max.request.size", "producer.compression.type", "max.request.size");
        assertThat(sizeLimit.bytes()).isEqualTo(1024 * 1024 - 16 * 1024);
    }

    private double deadLetterCount(String topic) {
        var counter = meters.find(DeadLetters.METRIC).tag("topic", topic).tag("reason", "unprocessable").counter();
        return counter == null ? 0 : counter.count();
    }

    private List<ConsumerRecord<String, byte[]>> readWithKey(String topic, String key, int count) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(60);
        try (TopicReader reader = new TopicReader(bootstrapServers, topic)) {
            while (found.size() < count && Instant.now().isBefore(deadline)) {
                reader.read(1, Duration.ofMillis(500)).stream().filter(r -> key.equals(r.key())).forEach(found::add);
            }
        }
        return found;
    }

    private void awaitPrintReuse() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (meters.find("po.sscc.reuse").tag("source", "print").counter() == null) {
            assertThat(Instant.now()).as("the print reusing an SSCC caught").isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private static LabelPrinted printed(String sscc, String shipmentId) {
        return LabelPrinted.newBuilder().setSscc(sscc).setShipmentId(shipmentId).setPrinter("zebra-1")
                .setPrintedAt(Instant.now()).build();
    }

    private ConsumerRecord<String, byte[]> readUntilKey(String topic, String key) {
        try (TopicReader reader = new TopicReader(bootstrapServers, topic)) {
            return reader.readUntil(record -> key.equals(record.key()), Duration.ofSeconds(60));
        }
    }

    private void sendRaw(String topic, String key, byte[] value) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrapServers),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
