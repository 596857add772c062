package dev.dockcheck.localruntime;

import dev.dockcheck.events.LabelPrinted;
import dev.dockcheck.observability.MonitoringFiles;
import dev.dockcheck.observability.Query;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the dashboards and alert rules need, against what the running services export: every
 * metric name in {@code observability/} must be scraped from at least one service.
 */
final class ExportedMetrics {

    /** Series that Prometheus makes itself rather than scraping them. */
    private static final Set<String> MADE_BY_PROMETHEUS = Set.of("up", "ALERTS", "ALERTS_FOR_STATE");

    private final HttpClient http = HttpClient.newHttpClient();

    static Set<String> usedByDashboardsAndAlerts() {
        return MonitoringFiles.inRepo().queries().stream().map(Query::metricNames).flatMap(Set::stream)
                .filter(name -> !MADE_BY_PROMETHEUS.contains(name)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The metric names in the Prometheus text of every service, e.g. {@code po_checks_total}. */
    Set<String> scrape(Collection<Integer> servicePorts) throws Exception {
        Set<String> names = new TreeSet<>();
        for (int port : servicePorts) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
            response.body().lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("[{ ]", 2)[0]).forEach(names::add);
        }
        return names;
    }

    /** Scrapes until every needed name is exported or the timeout passes; returns what is still missing. */
    Set<String> missing(Collection<Integer> servicePorts, Duration timeout) throws Exception {
        Set<String> missing = usedByDashboardsAndAlerts();
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            missing.removeAll(scrape(servicePorts));
            if (missing.isEmpty()) {
                break;
            }
            Thread.sleep(1000);
        } while (System.nanoTime() < deadline);
        return missing;
    }

    /**
     * Makes the services count the events that only happen when something goes wrong: an
     * unreadable record (a dead letter) and a label printed twice for two shipments (an SSCC reuse).
     */
    static void provokeFailureCounters(int kafkaPort, int registryPort) throws Exception {
        String bootstrap = "127.0.0.1:" + kafkaPort;
        try (var raw = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>("purchase-orders.inbound", "NOT-AVRO", new byte[] {1, 2, 3})).get();
        }
        Map<String, Object> config = new HashMap<>(SampleFeed.serdeConfig("http://127.0.0.1:" + registryPort + "/apis/registry/v2"));
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, "io.apicurio.registry.serde.avro.AvroKafkaSerializer");
        String sscc = Sscc.of(0, SampleData.COMPANY_PREFIX, Instant.now().toEpochMilli() % 1_000_000_000L);
        try (var producer = new KafkaProducer<String, SpecificRecord>(config)) {
            for (String shipment : new String[] {"METRICS-A", "METRICS-B"}) {
                producer.send(new ProducerRecord<>("labels.printed", sscc, LabelPrinted.newBuilder().setSscc(sscc)
                        .setShipmentId(shipment).setPrinter("it").setPrintedAt(Instant.now()).build())).get();
            }
        }
    }
}
