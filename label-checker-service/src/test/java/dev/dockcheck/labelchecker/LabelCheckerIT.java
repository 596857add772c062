package dev.dockcheck.labelchecker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.kafka.AvroSerdes;
import dev.dockcheck.kafka.DeadLetters;
import dev.dockcheck.kafka.PipelineIntegrationTest;
import dev.dockcheck.kafka.TopicReader;
import dev.dockcheck.kafka.WireFormat;
import dev.dockcheck.labelchecker.kafka.ItFixtures;
import dev.dockcheck.schemas.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;

/** The service on a real broker and registry: bad records on both inputs go to their DLTs, good ones still pass. */
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
