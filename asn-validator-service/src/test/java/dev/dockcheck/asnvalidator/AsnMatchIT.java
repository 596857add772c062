package dev.dockcheck.asnvalidator;

import static dev.dockcheck.asnvalidator.kafka.ItTestData.asn;
import static dev.dockcheck.asnvalidator.kafka.ItTestData.purchaseOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.Finding;
import dev.dockcheck.kafka.AvroSerdes;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.kafka.DeadLetters;
import dev.dockcheck.kafka.LargeRecords;
import dev.dockcheck.kafka.PipelineIntegrationTest;
import dev.dockcheck.kafka.WireFormat;
import dev.dockcheck.schemas.Topics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;

/** The service on a real broker and the real registry: match, wait, time out, dead letters, metrics. */
@PipelineIntegrationTest
@TestPropertySource(properties = {"dockcheck.asn-match.po-wait-timeout=3s", "dockcheck.asn-match.po-wait-check-interval=500ms"})
class AsnMatchIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    KafkaTemplate<String, Object> template;

    @Autowired
    AvroSerdes serdes;

    @Autowired
    PrometheusMeterRegistry prometheus;

    @Autowired
    KafkaProperties springKafka;

    @Autowired
    StreamsBuilderFactoryBean streams;

    AsnMatchItSupport kafka;

    @BeforeEach
    void setUp() {
        kafka = new AsnMatchItSupport(bootstrapServers, template, serdes);
    }

    @Test
    void matchesAsnsAgainstPosThatCameBeforeOrAfterAndTimesOutAMissingPo() {
        kafka.send(purchaseOrder("POIT0001", 120));
        kafka.send(asn("SHIP-IT-1", "POIT0001", 130));
        kafka.send(asn("SHIP-IT-2", "POIT0002", 24));
        kafka.send(asn("SHIP-IT-3", "POIT0404", 5));
        kafka.send(purchaseOrder("POIT0002", 24));

        CheckCompleted overage = kafka.resultFor("POIT0001", "SHIP-IT-1", WAIT);
        CheckCompleted late = kafka.resultFor("POIT0002", "SHIP-IT-2", WAIT);
        CheckCompleted missing = kafka.resultFor("POIT0404", "SHIP-IT-3", WAIT);

        assertThat(overage.getFindings()).extracting(Finding::getCode, Finding::getExpected, Finding::getActual)
                .containsExactly(tuple("SHIPPED_OVER_ORDERED", "120", "130"));
        assertThat(late.getOutcome()).isEqualTo(CheckOutcome.PASS);
        assertThat(missing.getOutcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(missing.getFindings()).extracting(Finding::getCode).containsExactly("PO_NOT_FOUND");
        String scrape = prometheus.scrape();
        assertThat(scrape).contains("po_checks_total{application=\"asn-validator-service\",check=\"ASN_MATCH\",outcome=\"FAIL\"}")
                .contains("po_asn_waiting_for_po");
    }

    @Test
    void sendsUnreadableAndUncheckableRecordsToTheirDeadLetterTopicsAndCarriesOn() throws Exception {
        double unprocessableBefore = deadLetterCount(Topics.SHIPMENT_CONFIRMATIONS.name(), "unprocessable");
        byte[] garbage = "not avro".getBytes(StandardCharsets.UTF_8);
        kafka.sendRaw(Topics.SHIPMENT_CONFIRMATIONS.name(), "SHIP-BAD", garbage);
        kafka.sendRaw(Topics.PURCHASE_ORDERS.name(), "POBAD001", garbage);
        kafka.send(asn("SHIP-NO-PO", null, 5));
        kafka.send(purchaseOrder("POIT0005", 5));
        kafka.send(asn("SHIP-IT-5", "POIT0005", 5));

        assertThat(kafka.resultFor("POIT0005", "SHIP-IT-5", WAIT).getOutcome()).isEqualTo(CheckOutcome.PASS);
        ConsumerRecord<String, byte[]> badAsn = kafka.deadLetter(Topics.SHIPMENT_CONFIRMATIONS.name(), "SHIP-BAD");
        ConsumerRecord<String, byte[]> badPo = kafka.deadLetter(Topics.PURCHASE_ORDERS.name(), "POBAD001");
        ConsumerRecord<String, byte[]> noPo = kafka.deadLetter(Topics.SHIPMENT_CONFIRMATIONS.name(), "SHIP-NO-PO");

        assertThat(badAsn.value()).isEqualTo(garbage);
        assertThat(header(badAsn)).isEqualTo("deserialization");
        assertThat(header(badPo)).isEqualTo("deserialization");
        assertThat(header(noPo)).isEqualTo("unprocessable");
        assertThat(WireFormat.of(noPo.value()).magic()).isZero();
        assertThat(prometheus.scrape()).contains("po_dead_letters_total{application=\"asn-validator-service\",reason=\"unprocessable\",topic=\"shipment-confirmations\"}");
        assertThat(deadLetterCount(Topics.SHIPMENT_CONFIRMATIONS.name(), "unprocessable") - unprocessableBefore)
                .isEqualTo(1.0);
    }

    @Test
    void deadLettersAnAsnTooLargeForItsRepartitionTopicAndChecksTheNextOne() throws Exception {
        double unprocessableBefore = deadLetterCount(Topics.SHIPMENT_CONFIRMATIONS.name(), "unprocessable");
        ShipmentConfirmed huge = asn("SHIP-HUGE", "POIT0009", 5);
        huge.setVendorCode(LargeRecords.randomLetters(3 * 1024 * 1024));
        LargeRecords.acceptUpTo16MiB(bootstrapServers, Topics.SHIPMENT_CONFIRMATIONS.name());
        LargeRecords.send(springKafka, Topics.SHIPMENT_CONFIRMATIONS.name(), "SHIP-HUGE", huge);
        kafka.send(purchaseOrder("POIT0009", 5));
        kafka.send(asn("SHIP-AFTER-HUGE", "POIT0009", 5));

        assertThat(kafka.resultFor("POIT0009", "SHIP-AFTER-HUGE", WAIT).getOutcome()).isEqualTo(CheckOutcome.PASS);
        ConsumerRecord<String, byte[]> deadLetter = kafka.deadLetter(Topics.SHIPMENT_CONFIRMATIONS.name(), "SHIP-HUGE");
        assertThat(deadLetter.value().length).isGreaterThan(3 * 1024 * 1024);
        assertThat(header(deadLetter)).isEqualTo("unprocessable");
        assertThat(new String(deadLetter.headers().lastHeader("kafka_dlt-exception-message").value(),
                StandardCharsets.UTF_8)).contains("OversizedRecordException", "asn-by-shipment-repartition");
        assertThat(deadLetterCount(Topics.SHIPMENT_CONFIRMATIONS.name(), "unprocessable") - unprocessableBefore)
                .isEqualTo(1.0);
    }

    /** A PO number no SP-API order has: refused before it becomes a key, the next ASN is checked. */
    @Test
    void deadLettersAnAsnWithAHugePoNumberAndChecksTheNextOne() throws Exception {
        double unprocessableBefore = deadLetterCount(Topics.SHIPMENT_CONFIRMATIONS.name(), "unprocessable");
        ShipmentConfirmed huge = asn("SHIP-HUGE-PO", LargeRecords.randomLetters(3 * 1024 * 1024), 5);
        LargeRecords.acceptUpTo16MiB(bootstrapServers, Topics.SHIPMENT_CONFIRMATIONS.name());
        LargeRecords.send(springKafka, Topics.SHIPMENT_CONFIRMATIONS.name(), "SHIP-HUGE-PO", huge);
        kafka.send(purchaseOrder("POIT0010", 5));
        kafka.send(asn("SHIP-AFTER-HUGE-PO", "POIT0010", 5));

        assertThat(kafka.resultFor("POIT0010", "SHIP-AFTER-HUGE-PO", WAIT).getOutcome()).isEqualTo(CheckOutcome.PASS);
        ConsumerRecord<String, byte[]> deadLetter = kafka.deadLetter(Topics.SHIPMENT_CONFIRMATIONS.name(), "SHIP-HUGE-PO");
        ShipmentConfirmed asRead = serdes.valueSerde(ShipmentConfirmed.class).deserializer()
                .deserialize(deadLetter.topic(), deadLetter.value());
        assertThat(asRead.getShipmentIdentifier()).isEqualTo("SHIP-HUGE-PO");
        assertThat(asRead.getShippedItems().get(0).getPurchaseOrderNumber()
                .equals(huge.getShippedItems().get(0).getPurchaseOrderNumber())).as("the PO number as sent").isTrue();
        assertThat(header(deadLetter)).isEqualTo("unprocessable");
        assertThat(new String(deadLetter.headers().lastHeader("kafka_dlt-exception-message").value(),
                StandardCharsets.UTF_8)).contains("shippedItems[0].purchaseOrderNumber is 3145728 characters long");
        assertThat(deadLetterCount(Topics.SHIPMENT_CONFIRMATIONS.name(), "unprocessable") - unprocessableBefore)
                .isEqualTo(1.0);
        assertThat(streams.getKafkaStreams().state()).isEqualTo(KafkaStreams.State.RUNNING);
    }

    private double deadLetterCount(String topic, String reason) {
        var counter = prometheus.find(DeadLetters.METRIC).tag("topic", topic).tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String header(ConsumerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader(DeadLetters.REASON_HEADER).value(), StandardCharsets.UTF_8);
    }
}
