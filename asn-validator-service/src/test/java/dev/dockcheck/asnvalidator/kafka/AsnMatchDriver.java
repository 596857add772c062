package dev.dockcheck.asnvalidator.kafka;

import dev.dockcheck.kafka.PlainAvroSerdes;
import dev.dockcheck.asnvalidator.AsnMatchProperties;
import dev.dockcheck.asnvalidator.domain.AsnMatch;
import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.PurchaseOrderAccepted;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.kafka.PipelineKafkaProperties;
import dev.dockcheck.schemas.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/** The ASN match topology in a TopologyTestDriver, with plain Avro serdes and its own state dir. */
final class AsnMatchDriver implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofMinutes(15);
    static final Duration INTERVAL = Duration.ofSeconds(10);

    final PlainAvroSerdes serdes = new PlainAvroSerdes();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final TopologyTestDriver driver;
    final TestInputTopic<String, ShipmentConfirmed> asns;
    final TestInputTopic<String, PurchaseOrderAccepted> purchaseOrders;
    final TestOutputTopic<String, CheckCompleted> results;
    final TestOutputTopic<String, ShipmentConfirmed> deadLetters;

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
        driver = new TopologyTestDriver(builder.build(), config);
        asns = driver.createInputTopic(Topics.SHIPMENT_CONFIRMATIONS.name(), Serdes.String().serializer(),
                serdes.valueSerde(ShipmentConfirmed.class).serializer());
        purchaseOrders = driver.createInputTopic(Topics.PURCHASE_ORDERS.name(), Serdes.String().serializer(),
                serdes.valueSerde(PurchaseOrderAccepted.class).serializer());
        results = driver.createOutputTopic(Topics.CHECK_RESULTS.name(), Serdes.String().deserializer(),
                serdes.valueSerde(CheckCompleted.class).deserializer());
        deadLetters = driver.createOutputTopic(Topics.SHIPMENT_CONFIRMATIONS.deadLetterTopic(),
                Serdes.String().deserializer(), serdes.valueSerde(ShipmentConfirmed.class).deserializer());
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
