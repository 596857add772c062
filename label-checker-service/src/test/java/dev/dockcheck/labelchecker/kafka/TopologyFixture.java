package dev.dockcheck.labelchecker.kafka;

import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.LabelPrinted;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.kafka.DeadLetterProcessingExceptionHandler;
import dev.dockcheck.kafka.DeadLetterProductionExceptionHandler;
import dev.dockcheck.kafka.DeadLetters;
import dev.dockcheck.kafka.PlainAvroSerdes;
import dev.dockcheck.kafka.SizeLimitedSerdes;
import dev.dockcheck.kafka.StreamsDeadLetters;
import dev.dockcheck.labelchecker.domain.LabelSettings;
import dev.dockcheck.labelchecker.domain.Sscc;
import dev.dockcheck.schemas.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;

/**
 * The topology in a {@code TopologyTestDriver}, with its inputs, its output and its meters, and
 * pipeline-kafka's Streams exception handlers configured as the auto-configuration does; the dead
 * letters they send are captured by Kafka's {@code MockProducer}.
 */
final class TopologyFixture implements AutoCloseable {

    static final String APP = "label-checker-service";
    static final Instant NOW = Instant.parse("2026-03-10T00:00:00Z");

    final PlainAvroSerdes serdes = new PlainAvroSerdes();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final Topology topology;
    final TopologyTestDriver driver;
    final TestInputTopic<String, ShipmentConfirmed> asns;
    final TestInputTopic<String, LabelPrinted> prints;
    final TestOutputTopic<String, CheckCompleted> results;
    final MockProducer<Object, Object> deadLetters = new MockProducer<>(true, null, (topic, bytes) -> (byte[]) bytes,
            (topic, bytes) -> (byte[]) bytes);

    TopologyFixture(Path stateDir, SsccBuckets buckets) {
        this(stateDir, buckets, new SizeLimitedSerdes(Map.of()));
    }

    TopologyFixture(Path stateDir, SsccBuckets buckets, SizeLimitedSerdes limit) {
        var settings = new LabelSettings(Map.of(), true, Duration.ofDays(365));
        var tuning = new RegistryTuning(Duration.ofDays(365), Duration.ofHours(1), 1000);
        StreamsBuilder builder = new StreamsBuilder();
        new SsccTopology(serdes, limit, settings, tuning, buckets, new SsccMetrics(meters), Clock.fixed(NOW, ZoneOffset.UTC))
                .build(builder);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, APP);
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        config.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingExceptionHandler.class);
        config.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionExceptionHandler.class);
        config.put(StreamsDeadLetters.CONFIG, new StreamsDeadLetters(new DeadLetters(
                new KafkaTemplate<>(new MockProducerFactory<>(() -> deadLetters)), meters, APP + "-dlt")));
        topology = builder.build();
        driver = new TopologyTestDriver(topology, config, NOW);
        asns = driver.createInputTopic(Topics.SHIPMENT_CONFIRMATIONS.name(), Serdes.String().serializer(),
                serdes.valueSerde(ShipmentConfirmed.class).serializer());
        prints = driver.createInputTopic(Topics.LABELS_PRINTED.name(), Serdes.String().serializer(),
                serdes.valueSerde(LabelPrinted.class).serializer());
        results = driver.createOutputTopic(Topics.CHECK_RESULTS.name(), Serdes.String().deserializer(),
                serdes.valueSerde(CheckCompleted.class).deserializer());
    }

    /** A valid SSCC in its element-string form with company prefix 0614141 and this serial. */
    static String sscc(long serial) {
        String data = "00614141" + String.format("%09d", serial);
        return "00" + data + new Sscc(data + "0").expectedCheckDigit();
    }

    /** {@code count} SSCCs of {@link #sscc} whose bucket is {@code bucket}. */
    static List<String> ssccsInBucket(SsccBuckets buckets, int bucket, int count) {
        return LongStream.range(0, 100_000).mapToObj(TopologyFixture::sscc)
                .filter(s -> buckets.of(Sscc.parse(s).orElseThrow()) == bucket).limit(count).toList();
    }

    /** The 18 digits of an SSCC in element-string form: the key a producer uses for its print. */
    static String digits(String sscc) {
        return Sscc.parse(sscc).orElseThrow().digits();
    }

    void send(ShipmentConfirmed asn) {
        asns.pipeInput(asn.getShipmentIdentifier(), asn);
    }

    TestOutputTopic<String, byte[]> raw(String topic) {
        return driver.createOutputTopic(topic, Serdes.String().deserializer(), new ByteArrayDeserializer());
    }

    /** How many records have been written to each topic, internal ones included, since the last call. */
    Map<String, Integer> written() {
        Map<String, Integer> counts = new TreeMap<>();
        driver.producedTopicNames().forEach(topic ->
                counts.put(topic.replace(APP + "-", ""), raw(topic).readRecordsToList().size()));
        return counts;
    }

    /** How many records have been written to the claims repartition topic since the last call to this or {@link #written}. */
    int claimsRepartitioned() {
        return written().getOrDefault("sscc-claims-repartition", 0);
    }

    double counter(String name, String... tags) {
        var counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    @Override
    public void close() {
        driver.close();
    }
}
