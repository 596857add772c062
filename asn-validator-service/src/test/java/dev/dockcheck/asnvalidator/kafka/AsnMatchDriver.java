package dev.dockcheck.asnvalidator.kafka;

import dev.dockcheck.kafka.DeadLetterProcessingExceptionHandler;
import dev.dockcheck.kafka.DeadLetterProductionExceptionHandler;
import dev.dockcheck.kafka.DeadLetters;
import dev.dockcheck.kafka.PlainAvroSerdes;
import dev.dockcheck.kafka.StreamsDeadLetters;
import dev.dockcheck.asnvalidator.AsnMatchProperties;
import dev.dockcheck.asnvalidator.domain.AsnMatch;
import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.PurchaseOrderAccepted;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.kafka.PipelineKafkaProperties;
import dev.dockcheck.schemas.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;

/**
 * The ASN match topology in a TopologyTestDriver, with plain Avro serdes, its own state dir and
 * pipeline-kafka's Streams exception handlers configured as the auto-configuration does; the dead
 * letters they send are captured by Kafka's {@code MockProducer}.
 */
final class AsnMatchDriver implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofMinutes(15);
    static final Duration INTERVAL = Duration.ofSeconds(10);

    final PlainAvroSerdes serdes = new PlainAvroSerdes();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final TopologyTestDriver driver;
    final TestInputTopic<String, ShipmentConfirmed> asns;
    final TestInputTopic<String, PurchaseOrderAccepted> purchaseOrders;
    final TestOutputTopic<String, CheckCompleted> results;
    final MockProducer<Object, Object> deadLetterProducer = new MockProducer<>(true, null,
            (topic, bytes) -> (byte[]) bytes, (topic, bytes) -> (byte[]) bytes);

    AsnMatchDriver() {
        var properties = new AsnMatchProperties(TIMEOUT, INTERVAL, BigDecimal.TEN);
        var topology = new AsnMatchTopology(serdes, new AsnMatch(properties.settings()), properties,
                new PipelineKafkaProperties(3, (short) 1, 0, Duration.ZERO), new AsnMatchMetrics(meters));
        StreamsBuilder builder = new StreamsBuilder();
        topology.addTo(builder);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "asn-validator-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, Path.of("target", "kstreams-ttd", UUID.randomUUID().toString())
                .toAbsolutePath().toString());
        config.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingExceptionHandler.class);
        config.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionExceptionHandler.class);
        config.put(StreamsDeadLetters.CONFIG, new StreamsDeadLetters(new DeadLetters(
                new KafkaTemplate<>(new MockProducerFactory<>(() -> deadLetterProducer)), meters, "asn-validator-test-dlt")));
        driver = new TopologyTestDriver(builder.build(), config);
        asns = driver.createInputTopic(Topics.SHIPMENT_CONFIRMATIONS.name(), Serdes.String().serializer(),
                serdes.valueSerde(ShipmentConfirmed.class).serializer());
        purchaseOrders = driver.createInputTopic(Topics.PURCHASE_ORDERS.name(), Serdes.String().serializer(),
                serdes.valueSerde(PurchaseOrderAccepted.class).serializer());
        results = driver.createOutputTopic(Topics.CHECK_RESULTS.name(), Serdes.String().deserializer(),
                serdes.valueSerde(CheckCompleted.class).deserializer());
    }

    /** The dead letters sent so far, as the ASN records they were. */
    List<TestRecord<String, ShipmentConfirmed>> deadLetters() {
        return deadLetterProducer.history().stream().map(record -> new TestRecord<>(
                new String((byte[]) record.key(), StandardCharsets.UTF_8),
                serdes.valueSerde(ShipmentConfirmed.class).deserializer().deserialize(record.topic(), (byte[]) record.value()),
                record.headers(), (Long) null)).toList();
    }

    /** The one dead letter sent so far, which must have gone to shipment-confirmations-dlt. */
    TestRecord<String, ShipmentConfirmed> onlyDeadLetter() {
        if (deadLetterProducer.history().size() != 1
                || !deadLetterProducer.history().get(0).topic().equals(Topics.SHIPMENT_CONFIRMATIONS.deadLetterTopic())) {
            throw new AssertionError("expected one dead letter on shipment-confirmations-dlt, got "
                    + deadLetterProducer.history());
        }
        return deadLetters().get(0);
    }

    void send(ShipmentConfirmed asn) {
        asns.pipeInput(asn.getShipmentIdentifier(), asn);
    }

    void send(PurchaseOrderAccepted po) {
        purchaseOrders.pipeInput(po.getPurchaseOrderNumber(), po);
    }

    @Override
    public void close() {
        driver.close();
    }
}
