package dev.dockcheck.poingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockcheck.kafka.DeadLetters;
import dev.dockcheck.kafka.PipelineIntegrationTest;
import dev.dockcheck.kafka.TopicReader;
import dev.dockcheck.poingest.kafka.Avro;
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

/** Unreadable inbound records go to purchase-orders.inbound-dlt with their reason, are counted, and the check goes on. */
@PipelineIntegrationTest
class DeadLetterIT {

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    KafkaTemplate<String, Object> template;

    @Autowired
    MeterRegistry meters;

    @Test
    void deadLettersUnreadableRecordsAndChecksTheNextPo() throws Exception {
        byte[] garbage = "not avro".getBytes(StandardCharsets.UTF_8);
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrapServers),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.PURCHASE_ORDERS_INBOUND.name(), "PO-BAD", garbage)).get();
        }
        template.executeInTransaction(t -> t.send(Topics.PURCHASE_ORDERS_INBOUND.name(), "PO-GOOD",
                Avro.order("PO-GOOD", null, Avro.casesOf("UNKNOWN-SKU", 1, 6, "1.00"))));

        ConsumerRecord<String, byte[]> deadLetter;
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.PURCHASE_ORDERS_INBOUND.deadLetterTopic())) {
            deadLetter = reader.readUntil(r -> "PO-BAD".equals(r.key()), Duration.ofSeconds(30));
        }
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.CHECK_RESULTS.name())) {
            assertThat(reader.readUntil(r -> "PO-GOOD".equals(r.key()), Duration.ofSeconds(30))).isNotNull();
        }
        assertThat(deadLetter.value()).isEqualTo(garbage);
        assertThat(new String(deadLetter.headers().lastHeader(DeadLetters.REASON_HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo("deserialization");
        assertThat(meters.find(DeadLetters.METRIC).tag("topic", "purchase-orders.inbound")
                .tag("reason", "deserialization").counter().count()).isEqualTo(1.0);
        assertThat(meters.find("po.checks").tag("check", "UOM_MAPPING").tag("outcome", "FAIL").counter().count())
                .isGreaterThanOrEqualTo(1.0);
    }
}
