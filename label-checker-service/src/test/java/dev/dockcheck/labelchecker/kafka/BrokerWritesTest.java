package dev.dockcheck.labelchecker.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.LabelPrinted;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.kafka.PlainAvroSerdes;
import dev.dockcheck.labelchecker.domain.LabelSettings;
import dev.dockcheck.labelchecker.domain.Sscc;
import dev.dockcheck.schemas.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How many records the service writes to its internal topics for the benchmark's order: 10
 * printed labels, then one ASN whose 10 cartons carry them.
 */
class BrokerWritesTest {

    static final String APP = "label-checker-service";
    static final Instant NOW = Instant.parse("2026-03-10T00:00:00Z");

    @TempDir
    Path stateDir;

    final PlainAvroSerdes serdes = new PlainAvroSerdes();
    TopologyTestDriver driver;

    @BeforeEach
    void start() {
        var settings = new LabelSettings(Map.of(), true, Duration.ofDays(365));
        var tuning = new RegistryTuning(Duration.ofDays(365), Duration.ofHours(1), 1000);
        StreamsBuilder builder = new StreamsBuilder();
        new SsccTopology(serdes, settings, tuning, new SsccBuckets(6), new SsccMetrics(new SimpleMeterRegistry()),
                Clock.fixed(NOW, ZoneOffset.UTC)).build(builder);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, APP);
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), config, NOW);
    }

    @AfterEach
    void close() {
        driver.close();
    }

    static String sscc(long serial) {
        String data = "0" + "0614141" + String.format("%09d", serial);
        int check = new Sscc(data + "0").expectedCheckDigit();
        return "00" + data + check;
    }

    @Test
    void writesFewerRepartitionRecordsThanSsccsPerAsn() {
        var prints = driver.createInputTopic(Topics.LABELS_PRINTED.name(), Serdes.String().serializer(),
                serdes.valueSerde(LabelPrinted.class).serializer());
        var asns = driver.createInputTopic(Topics.SHIPMENT_CONFIRMATIONS.name(), Serdes.String().serializer(),
                serdes.valueSerde(ShipmentConfirmed.class).serializer());
        String[] ssccs = IntStream.range(0, 10).mapToObj(i -> sscc(1000 + i)).toArray(String[]::new);
        for (String sscc : ssccs) {
            prints.pipeInput(sscc, ShipmentFixtures.printed(sscc, "S1"));
        }
        asns.pipeInput("S1", ShipmentFixtures.asn("S1", "PO000001", "2026-03-02T10:00:00Z", ssccs));

        Map<String, Integer> written = new TreeMap<>();
        for (String topic : driver.producedTopicNames()) {
            written.put(topic, driver.createOutputTopic(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer())
                    .readRecordsToList().size());
        }
        System.out.println("records written per topic: " + written);
        var result = driver.createOutputTopic(Topics.CHECK_RESULTS.name(), Serdes.String().deserializer(),
                serdes.valueSerde(CheckCompleted.class).deserializer());
        assertThat(written).containsEntry(Topics.CHECK_RESULTS.name(), 1);
    }
}
