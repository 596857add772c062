package dev.dockcheck.localruntime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockcheck.events.CatalogItem;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.LabelPrinted;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.schemas.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile input against the whole stack as real processes (broker, registry, PostgreSQL and the
 * four services on free ports): at least 1,000 malformed values to each topic the services
 * consume, with absurd-but-decodable and valid records among them, and at least 500 bad requests
 * to each REST endpoint. Every malformed value must end in {@code <topic>-dlt} (reason
 * {@code deserialization}, counted in {@code po_dead_letters_total}), every absurd value as a FAIL
 * result or a decision, every bad request in a 4xx problem+json naming the bad field; every valid
 * record must be processed, no consumer may lag and no service may die. See {@link HostileSamples}
 * for what "several MB" means here.
 */
class HostileInputIT {

    static final int MALFORMED_PER_TOPIC = 1_000;
    static final int BAD_REQUESTS_PER_ENDPOINT = 500;
    static final Duration SETTLE = Duration.ofSeconds(420);

    /**
     * The topics read by a consumer group, whose lag can be measured; catalog.items is read by
     * po-ingest's GlobalKTable without a group (its progress shows in the catalog store, which must
     * hold the valid items interleaved with the malformed ones).
     */
    static final List<String> GROUP_CONSUMED = List.of(Topics.PURCHASE_ORDERS_INBOUND.name(), Topics.PURCHASE_ORDERS.name(),
            Topics.CHECK_RESULTS.name(), Topics.LABELS_PRINTED.name(), Topics.SHIPMENT_CONFIRMATIONS.name());

    /** Topic → the services that consume it (each dead-letters a malformed value once). */
    static final Map<String, List<ServiceSpec>> CONSUMERS = consumers();

    private static LocalStack stack;
    private static Path dataDir;
    private static final Map<String, String> summary = new LinkedHashMap<>();
    private static boolean passed;

    @BeforeAll
    static void startStack() throws Exception {
        Path repoRoot = RepoRoot.find(Path.of(System.getProperty("dockcheck.repo.root", ".."))).orElseThrow();
        dataDir = repoRoot.resolve("local-runtime/target/hostile-input-it/" + System.currentTimeMillis());
        Files.createDirectories(dataDir);
        List<String> args = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--timeout", "300"));
        Ports.freeForEach(Options.PORT_OPTIONS.keySet()).forEach((name, port) -> args.add("--" + name + "-port=" + port));
        stack = new LocalStack(Options.parse(args, repoRoot), repoRoot, new Progress(System.out, repoRoot));
        stack.start();
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
        System.out.println(summaryTable());
        if (passed) { // kept when the test fails, for its logs; the staged jars alone are about 500 MB
            try (var paths = Files.walk(dataDir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (java.io.IOException e) {
                System.out.println("  could not delete " + dataDir + ": " + e);
            }
        }
    }

    @Test
    void malformedEndsInDeadLettersAbsurdIsFailedValidIsProcessedAndNothingStalls() throws Exception {
        long start = System.nanoTime();
        Instant now = Instant.now();
        String bootstrap = stack.broker().bootstrapServers();
        String registry = stack.registry().registryUrl();
        List<SampleData> samples = HostileFeed.times(8, k -> SampleData.create(now.plusSeconds(k)));
        SampleData sacrificial = SampleData.create(now.plusSeconds(20));
        List<HostileFeed.Sent> sent = new ArrayList<>();
        try (HostileFeed feed = new HostileFeed(bootstrap, registry, 8)) {
            sent.add(feed.send(Topics.CATALOG_ITEMS.name(), samples.get(0).catalog().get(0), MALFORMED_PER_TOPIC,
                    HostileFeed.times(20, i -> keyed("HA-SKU-" + i, HostileSamples.absurdCatalogItem("HA-SKU-" + i, i, now, i == 0))),
                    validCatalog(samples.get(0), now)));
            new KafkaRest(stack).awaitCatalog(sent.get(0).validKeys(), SETTLE);
            List<HostileFeed.Keyed> validOrders = new ArrayList<>();
            samples.forEach(s -> s.allOrders().forEach(po -> validOrders.add(keyed(po.getPurchaseOrderNumber(), po))));
            sacrificial.cleanOrders().forEach(po -> validOrders.add(keyed(po.getPurchaseOrderNumber(), po)));
            sent.add(feed.send(Topics.PURCHASE_ORDERS_INBOUND.name(), samples.get(0).highValueOrder(), MALFORMED_PER_TOPIC,
                    HostileFeed.times(30, i -> keyed("HA-IN-" + i, HostileSamples.absurdOrder("HA-IN-" + i, i, now, i == 0))),
                    validOrders));
            sent.add(feed.send(Topics.PURCHASE_ORDERS.name(), HostileSamples.accepted("T", now, 1, "1.0000", ""),
                    MALFORMED_PER_TOPIC,
                    HostileFeed.times(20, i -> keyed("HA-PO-" + i, HostileSamples.accepted("HA-PO-" + i, now, -1 - i,
                            "-99999.0000", i == 0 ? HostileSamples.big('V') : HostileSamples.odd(i)))),
                    HostileFeed.times(20, i -> keyed("HV-PO-" + i, HostileSamples.accepted("HV-PO-" + i, now, 10, "10.0000", "")))));
            sent.add(feed.send(Topics.CHECK_RESULTS.name(), HostileSamples.uomResult("T", CheckOutcome.PASS, "", now),
                    MALFORMED_PER_TOPIC,
                    HostileFeed.times(20, i -> keyed("HA-PO-" + i, HostileSamples.uomResult("HA-PO-" + i, CheckOutcome.FAIL,
                            i == 1 ? HostileSamples.big('F') : HostileSamples.odd(i), now))),
                    HostileFeed.times(20, i -> keyed("HV-PO-" + i, HostileSamples.uomResult("HV-PO-" + i, CheckOutcome.PASS, "", now)))));
            sent.add(feed.send(Topics.LABELS_PRINTED.name(), new LabelPrinted(Sscc.of(0, SampleData.COMPANY_PREFIX, 1), "T",
                    null, now), MALFORMED_PER_TOPIC,
                    HostileFeed.times(20, i -> keyed("HA-LBL-" + i, HostileSamples.absurdLabel(i, now, i == 0))),
                    HostileFeed.times(30, i -> keyed("HV-LBL-" + i, new LabelPrinted(
                            Sscc.of(0, SampleData.COMPANY_PREFIX, 900_000_000L + i), "HV-LBL-SHP-" + i, "zebra", now)))));
            List<HostileFeed.Keyed> validShipments = new ArrayList<>();
            samples.forEach(s -> s.shipments().forEach(sh -> validShipments.add(keyed(sh.getShipmentIdentifier(), sh))));
            List<ShipmentConfirmed> base = sacrificial.shipments();
            sent.add(feed.send(Topics.SHIPMENT_CONFIRMATIONS.name(), base.get(0), MALFORMED_PER_TOPIC,
                    HostileFeed.times(20, i -> keyed("HA-SHP-" + i, HostileSamples.absurdShipment(base.get(i % base.size()),
                            "HA-SHP-" + i, i, i == 0))),
                    validShipments));
        }
        summary.put("records sent after", Progress.seconds(Progress.since(start)));

        List<String> restProblems = BadRequestRun.run(stack, summary);
        summary.put("REST done after", Progress.seconds(Progress.since(start)));

        try (TopicProbe probe = new TopicProbe(bootstrap, registry)) {
            HostileOutcomes.Outcomes outcomes = HostileOutcomes.awaitSettled(probe, sent, samples, SETTLE);
            summary.put("settled after", Progress.seconds(Progress.since(start)));
            DeadLetterAudit audit = new DeadLetterAudit(probe, stack, summary);
            for (HostileFeed.Sent topic : sent) {
                audit.check(topic, outcomes.processed());
            }
            assertThat(outcomes.lag()).as("consumer lag per input topic").allSatisfy((topic, lag) -> assertThat(lag).isZero());
            assertThat(outcomes.missing()).as("valid or absurd records without their outcome").isEmpty();
        }
        for (ServiceProcess service : stack.services()) {
            assertThat(service.isAlive()).as("%s alive", service.name()).isTrue();
            assertThat(service.health()).as("%s health", service.name()).isEqualTo("UP");
        }
        assertThat(restProblems).as("bad requests not answered 4xx problem+json with the bad field").isEmpty();
        summary.put("total", Progress.seconds(Progress.since(start)));
        passed = true;
    }

    private static HostileFeed.Keyed keyed(String key, org.apache.avro.specific.SpecificRecord value) {
        return new HostileFeed.Keyed(key, value);
    }

    private static List<HostileFeed.Keyed> validCatalog(SampleData sample, Instant now) {
        List<HostileFeed.Keyed> valid = new ArrayList<>();
        sample.catalog().forEach(item -> valid.add(keyed(item.getVendorSku(), item)));
        CatalogItem template = sample.catalog().get(0);
        for (int i = 0; valid.size() < 50; i++) {
            String sku = "HV-SKU-" + i;
            valid.add(keyed(sku, CatalogItem.newBuilder(template).setVendorSku(sku).setUpdatedAt(now).build()));
        }
        return valid;
    }

    private static Map<String, List<ServiceSpec>> consumers() {
        Map<String, List<ServiceSpec>> consumers = new LinkedHashMap<>();
        consumers.put(Topics.CATALOG_ITEMS.name(), List.of(ServiceSpec.PO_INGEST));
        consumers.put(Topics.PURCHASE_ORDERS_INBOUND.name(), List.of(ServiceSpec.PO_INGEST));
        consumers.put(Topics.PURCHASE_ORDERS.name(), List.of(ServiceSpec.ASN_VALIDATOR, ServiceSpec.APPROVAL));
        consumers.put(Topics.CHECK_RESULTS.name(), List.of(ServiceSpec.APPROVAL));
        consumers.put(Topics.LABELS_PRINTED.name(), List.of(ServiceSpec.LABEL_CHECKER));
        consumers.put(Topics.SHIPMENT_CONFIRMATIONS.name(), List.of(ServiceSpec.ASN_VALIDATOR, ServiceSpec.LABEL_CHECKER));
        return consumers;
    }

    static String summaryTable() {
        StringBuilder out = new StringBuilder("\nHostile input summary\n");
        summary.forEach((k, v) -> out.append(String.format("  %-40s %s%n", k, v)));
        return out.toString();
    }
}
