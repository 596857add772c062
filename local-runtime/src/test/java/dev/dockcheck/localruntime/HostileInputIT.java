package dev.dockcheck.localruntime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockcheck.events.ApprovalDecided;
import dev.dockcheck.events.CatalogItem;
import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.CheckType;
import dev.dockcheck.events.DecisionStage;
import dev.dockcheck.events.LabelPrinted;
import dev.dockcheck.events.PurchaseOrderReceived;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
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
     * Whether the absurd records include the poison pills: one several-MB string per topic and a PO
     * whose line value overflows Money. Off by default: such a record still stops the Kafka Streams
     * applications (see local-runtime/README.md, "Hostile input").
     */
    static final boolean POISON_PILLS = Boolean.getBoolean("dockcheck.hostile.poison-pills");

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
        Set<Integer> used = new HashSet<>();
        for (String name : Options.PORT_OPTIONS.keySet()) {
            int port;
            do {
                port = Ports.free();
            } while (!used.add(port));
            args.add("--" + name + "-port=" + port);
        }
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
                    HostileFeed.times(20, i -> keyed("HA-SKU-" + i, HostileSamples.absurdCatalogItem("HA-SKU-" + i, i, now, POISON_PILLS && i == 0))),
                    validCatalog(samples.get(0), now)));
            new KafkaRest(stack).awaitCatalog(sent.get(0).validKeys(), SETTLE);
            List<HostileFeed.Keyed> validOrders = new ArrayList<>();
            samples.forEach(s -> s.allOrders().forEach(po -> validOrders.add(keyed(po.getPurchaseOrderNumber(), po))));
            sacrificial.cleanOrders().forEach(po -> validOrders.add(keyed(po.getPurchaseOrderNumber(), po)));
            sent.add(feed.send(Topics.PURCHASE_ORDERS_INBOUND.name(), samples.get(0).highValueOrder(), MALFORMED_PER_TOPIC,
                    HostileFeed.times(30, i -> keyed("HA-IN-" + i, HostileSamples.absurdOrder("HA-IN-" + i, i, now, POISON_PILLS && i == 0))),
                    validOrders));
            sent.add(feed.send(Topics.PURCHASE_ORDERS.name(), HostileSamples.accepted("T", now, 1, "1.0000", ""),
                    MALFORMED_PER_TOPIC,
                    HostileFeed.times(20, i -> keyed("HA-PO-" + i, HostileSamples.accepted("HA-PO-" + i, now, -1 - i,
                            "-99999.0000", POISON_PILLS && i == 0 ? HostileSamples.big('V') : HostileSamples.odd(i)))),
                    HostileFeed.times(20, i -> keyed("HV-PO-" + i, HostileSamples.accepted("HV-PO-" + i, now, 10, "10.0000", "")))));
            sent.add(feed.send(Topics.CHECK_RESULTS.name(), HostileSamples.uomResult("T", CheckOutcome.PASS, "", now),
                    MALFORMED_PER_TOPIC,
                    HostileFeed.times(20, i -> keyed("HA-PO-" + i, HostileSamples.uomResult("HA-PO-" + i, CheckOutcome.FAIL,
                            POISON_PILLS && i == 1 ? HostileSamples.big('F') : HostileSamples.odd(i), now))),
                    HostileFeed.times(20, i -> keyed("HV-PO-" + i, HostileSamples.uomResult("HV-PO-" + i, CheckOutcome.PASS, "", now)))));
            sent.add(feed.send(Topics.LABELS_PRINTED.name(), new LabelPrinted(Sscc.of(0, SampleData.COMPANY_PREFIX, 1), "T",
                    null, now), MALFORMED_PER_TOPIC,
                    HostileFeed.times(20, i -> keyed("HA-LBL-" + i, HostileSamples.absurdLabel(i, now, POISON_PILLS && i == 0))),
                    HostileFeed.times(30, i -> keyed("HV-LBL-" + i, new LabelPrinted(
                            Sscc.of(0, SampleData.COMPANY_PREFIX, 900_000_000L + i), "HV-LBL-SHP-" + i, "zebra", now)))));
            List<HostileFeed.Keyed> validShipments = new ArrayList<>();
            samples.forEach(s -> s.shipments().forEach(sh -> validShipments.add(keyed(sh.getShipmentIdentifier(), sh))));
            List<ShipmentConfirmed> base = sacrificial.shipments();
            sent.add(feed.send(Topics.SHIPMENT_CONFIRMATIONS.name(), base.get(0), MALFORMED_PER_TOPIC,
                    HostileFeed.times(20, i -> keyed("HA-SHP-" + i, HostileSamples.absurdShipment(base.get(i % base.size()),
                            "HA-SHP-" + i, i, POISON_PILLS && i == 0))),
                    validShipments));
        }
        summary.put("records sent after", Progress.seconds(Progress.since(start)));

        List<String> restProblems = badRequests();
        summary.put("REST done after", Progress.seconds(Progress.since(start)));

        try (TopicProbe probe = new TopicProbe(bootstrap, registry)) {
            Outcomes outcomes = awaitSettled(probe, sent, samples, sacrificial);
            summary.put("settled after", Progress.seconds(Progress.since(start)));
            for (HostileFeed.Sent topic : sent) {
                checkDeadLetters(probe, topic, outcomes.processed());
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

    /** What the pipeline made of the valid and absurd records, and the lag left. */
    record Outcomes(Map<String, Long> lag, List<String> missing, Map<String, Integer> processed) {
    }

    /**
     * Waits until no consumer lags on the input topics and every expected outcome is there: a
     * UOM_MAPPING result and an ORDER decision for every valid PO (sent to purchase-orders.inbound or
     * straight to purchase-orders with its check result), a FAIL UOM_MAPPING result for every absurd
     * PO, ASN_MATCH and SSCC results for every valid shipment, FAIL ones for every absurd shipment,
     * and an ORDER decision for every absurd accepted PO.
     */
    private static Outcomes awaitSettled(TopicProbe probe, List<HostileFeed.Sent> sent, List<SampleData> samples,
            SampleData sacrificial) throws Exception {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        Outcomes outcomes;
        do {
            Thread.sleep(2000);
            Map<String, Integer> processed = new HashMap<>();
            outcomes = new Outcomes(probe.lag(GROUP_CONSUMED), missing(probe, sent, samples, processed), processed);
            if (outcomes.lag().get(Topics.LABELS_PRINTED.name()) == 0) { // a valid print has no output of its own
                processed.put(Topics.LABELS_PRINTED.name(), sent(sent, Topics.LABELS_PRINTED.name()).validKeys().size());
            }
            System.out.println("  waiting: lag " + outcomes.lag() + ", " + outcomes.missing().size() + " outcomes missing "
                    + outcomes.missing().stream().limit(5).toList());
        } while ((!outcomes.missing().isEmpty() || outcomes.lag().values().stream().anyMatch(l -> l != 0))
                && System.nanoTime() < deadline);
        return outcomes;
    }

    private static List<String> missing(TopicProbe probe, List<HostileFeed.Sent> sent, List<SampleData> samples,
            Map<String, Integer> processed) {
        Map<String, List<CheckCompleted>> results = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : probe.readAll(Topics.CHECK_RESULTS.name())) {
            if (record.key() != null && !record.key().startsWith("hostile-") && !record.key().startsWith("HA-PO-")
                    && !record.key().startsWith("HV-PO-")) {
                CheckCompleted result = (CheckCompleted) probe.decode(record);
                results.computeIfAbsent(result.getPoNumber(), k -> new ArrayList<>()).add(result);
            }
        }
        Set<String> orderDecisions = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : probe.readAll(Topics.APPROVAL_DECISIONS.name())) {
            ApprovalDecided decision = (ApprovalDecided) probe.decode(record);
            if (decision.getStage() == DecisionStage.ORDER) {
                orderDecisions.add(decision.getPoNumber());
            }
        }
        // awaitCatalog saw every valid catalog item; a valid print has no output of its own (lag 0 shows it was read)
        processed.put(Topics.CATALOG_ITEMS.name(), sent(sent, Topics.CATALOG_ITEMS.name()).validKeys().size());
        Set<String> refused = new HashSet<>();
        for (String dlt : List.of(Topics.PURCHASE_ORDERS.deadLetterTopic(), Topics.CHECK_RESULTS.deadLetterTopic())) {
            probe.readAll(dlt).forEach(record -> refused.add(record.key()));
        }
        List<String> missing = new ArrayList<>();
        HostileFeed.Sent inbound = sent(sent, Topics.PURCHASE_ORDERS_INBOUND.name());
        for (String po : inbound.validKeys()) {
            int before = missing.size();
            require(missing, po, results, CheckType.UOM_MAPPING, null);
            if (!orderDecisions.contains(po)) {
                missing.add(po + ": ORDER decision");
            }
            processed.merge(inbound.topic(), missing.size() == before ? 1 : 0, Integer::sum);
        }
        for (String po : inbound.absurdKeys()) {
            require(missing, po, results, CheckType.UOM_MAPPING, CheckOutcome.FAIL);
        }
        HostileFeed.Sent direct = sent(sent, Topics.PURCHASE_ORDERS.name());
        for (String po : direct.validKeys()) {
            if (!orderDecisions.contains(po)) {
                missing.add(po + ": ORDER decision");
            } else {
                processed.merge(Topics.PURCHASE_ORDERS.name(), 1, Integer::sum);
                processed.merge(Topics.CHECK_RESULTS.name(), 1, Integer::sum);
            }
        }
        for (String po : direct.absurdKeys()) {
            if (!orderDecisions.contains(po) && !refused.contains(po)) {
                missing.add(po + ": ORDER decision or a dead letter");
            }
        }
        for (SampleData sample : samples) {
            for (ShipmentConfirmed shipment : sample.shipments()) {
                String po = shipment.getShippedItems().get(0).getPurchaseOrderNumber();
                int before = missing.size();
                require(missing, po, results, CheckType.ASN_MATCH, null);
                require(missing, po, results, CheckType.SSCC, null);
                processed.merge(Topics.SHIPMENT_CONFIRMATIONS.name(), missing.size() == before ? 1 : 0, Integer::sum);
            }
        }
        for (String shipment : sent(sent, Topics.SHIPMENT_CONFIRMATIONS.name()).absurdKeys()) {
            boolean asn = results.values().stream().flatMap(List::stream).anyMatch(r -> r.getSubjectId().equals(shipment)
                    && r.getCheckType() == CheckType.ASN_MATCH && r.getOutcome() == CheckOutcome.FAIL);
            boolean sscc = results.values().stream().flatMap(List::stream).anyMatch(r -> r.getSubjectId().equals(shipment)
                    && r.getCheckType() == CheckType.SSCC && r.getOutcome() == CheckOutcome.FAIL);
            if (!asn || !sscc) {
                missing.add(shipment + ": FAIL ASN_MATCH " + asn + ", FAIL SSCC " + sscc);
            }
        }
        return missing;
    }

    private static void require(List<String> missing, String po, Map<String, List<CheckCompleted>> results, CheckType type,
            CheckOutcome outcome) {
        boolean found = results.getOrDefault(po, List.of()).stream().anyMatch(r -> r.getCheckType() == type
                && (outcome == null || r.getOutcome() == outcome && !r.getFindings().isEmpty()));
        if (!found) {
            missing.add(abbreviated(po) + ": " + type + (outcome == null ? "" : " " + outcome));
        }
    }

    /**
     * Every malformed value of {@code topic} is in {@code <topic>-dlt} once per consumer (or more:
     * dead letters are written outside the consumer's transaction, so a retried batch may write one
     * again), each with {@code dlt-reason=deserialization}; the consumers' {@code po_dead_letters_total}
     * count at least as many; no valid record is there.
     */
    private static void checkDeadLetters(TopicProbe probe, HostileFeed.Sent topic, Map<String, Integer> processed)
            throws Exception {
        Map<String, Integer> perOriginal = new HashMap<>();
        Map<String, Integer> reasons = new HashMap<>();
        Set<String> absurdRefused = new HashSet<>();
        List<String> unexpected = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : probe.readAll(topic.topic() + "-dlt")) {
            String original = header(record, "kafka_dlt-original-partition", true) + ":"
                    + header(record, "kafka_dlt-original-offset", true);
            String reason = header(record, "dlt-reason", false);
            reasons.merge(reason, 1, Integer::sum);
            if (topic.malformed().contains(original)) {
                perOriginal.merge(original, 1, Integer::sum);
                if (!"deserialization".equals(reason)) {
                    unexpected.add(original + " reason " + reason);
                }
            } else if (!derivedFromAbsurd(probe, record) || "(none)".equals(reason)) {
                // absurd records (keys HA-…) and what the services made of them may be refused, with a reason
                unexpected.add("not a malformed or absurd record: key " + abbreviated(record.key()) + " reason " + reason);
            } else {
                absurdRefused.add(record.key());
            }
        }
        int consumers = CONSUMERS.get(topic.topic()).size();
        double metric = 0;
        for (ServiceSpec spec : CONSUMERS.get(topic.topic())) {
            metric += probe.metric(stack.service(spec).prometheusUrl(), "po_dead_letters_total", Map.of("topic", topic.topic()));
        }
        int total = perOriginal.values().stream().mapToInt(Integer::intValue).sum();
        summary.put(topic.topic(), String.format("sent %d malformed %s + %d absurd + %d valid; DLT %d of the malformed"
                        + " (%d distinct), %d absurd refused (reasons %s); metric %.0f; valid processed %d of %d",
                topic.malformed().size(), topic.kinds(), topic.absurdKeys().size(), topic.validKeys().size(), total,
                perOriginal.size(), absurdRefused.size(), reasons, metric, processed.getOrDefault(topic.topic(), 0),
                topic.validKeys().size()));
        assertThat(topic.malformed()).as("malformed values of %s sent", topic.topic()).hasSizeGreaterThanOrEqualTo(MALFORMED_PER_TOPIC);
        assertThat(perOriginal.keySet()).as("malformed values of %s in its DLT", topic.topic())
                .containsExactlyInAnyOrderElementsOf(topic.malformed());
        assertThat(perOriginal.values()).as("dead letters per malformed value of %s (%d consumers)", topic.topic(), consumers)
                .allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(consumers));
        assertThat(unexpected).as("unexpected dead letters of %s", topic.topic()).isEmpty();
        assertThat(metric).as("po_dead_letters_total{topic=%s}", topic.topic())
                .isGreaterThanOrEqualTo((double) topic.malformed().size() * consumers);
    }

    /** Keyed by an absurd record (HA-…), or a check result about an absurd shipment (for a valid PO). */
    private static boolean derivedFromAbsurd(TopicProbe probe, ConsumerRecord<String, byte[]> record) {
        if (record.key() != null && record.key().startsWith("HA-")) {
            return true;
        }
        try {
            return probe.decode(record) instanceof CheckCompleted result && result.getSubjectId().startsWith("HA-");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name, boolean number) {
        Header header = record.headers().lastHeader(name);
        if (header == null) {
            return "(none)";
        }
        byte[] value = header.value();
        if (number && value.length == 4) {
            return Integer.toString(java.nio.ByteBuffer.wrap(value).getInt());
        }
        if (number && value.length == 8) {
            return Long.toString(java.nio.ByteBuffer.wrap(value).getLong());
        }
        return new String(value, StandardCharsets.UTF_8);
    }

    /** Every bad request of every endpoint; returns what was answered wrongly. */
    private static List<String> badRequests() throws Exception {
        KafkaRest rest = new KafkaRest(stack);
        HostileRequests requests = new HostileRequests(9);
        String poIngest = stack.service(ServiceSpec.PO_INGEST).baseUrl();
        String approval = stack.service(ServiceSpec.APPROVAL).baseUrl();
        Map<String, String> users = new HashMap<>();
        for (String line : Files.readAllLines(stack.credentialsFile())) {
            String[] parts = line.split(":", 2);
            users.put(parts[0], "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (parts[0] + ":" + parts[1]).getBytes(StandardCharsets.UTF_8)));
        }
        Hold hold = awaitHold(rest, approval, users.get("viewer"));
        List<String> problems = new ArrayList<>();
        Map<String, List<HostileRequests.Bad>> byEndpoint = new LinkedHashMap<>();
        byEndpoint.put(poIngest + " POST /api/purchase-orders", requests.purchaseOrders(BAD_REQUESTS_PER_ENDPOINT));
        byEndpoint.put(poIngest + " POST /api/shipment-confirmations", requests.shipments(BAD_REQUESTS_PER_ENDPOINT));
        byEndpoint.put(poIngest + " PUT /api/catalog/items/{sku}", requests.catalogPut(BAD_REQUESTS_PER_ENDPOINT));
        byEndpoint.put(poIngest + " POST /api/catalog/items (CSV)", requests.catalogCsv(BAD_REQUESTS_PER_ENDPOINT));
        byEndpoint.put(approval + " POST /api/holds/{id}/approve", requests.decide("approve", hold.id(), hold.etag(),
                users.get("approver"), users.get("viewer"), BAD_REQUESTS_PER_ENDPOINT));
        byEndpoint.put(approval + " POST /api/holds/{id}/reject", requests.decide("reject", hold.id(), hold.etag(),
                users.get("approver"), users.get("viewer"), BAD_REQUESTS_PER_ENDPOINT));
        byEndpoint.put(approval + " GET /api/holds", requests.listHolds(users.get("viewer"), BAD_REQUESTS_PER_ENDPOINT));
        for (var endpoint : byEndpoint.entrySet()) {
            String base = endpoint.getKey().substring(0, endpoint.getKey().indexOf(' '));
            String name = endpoint.getKey().substring(base.length() + 1);
            Map<Integer, Integer> statuses = new java.util.TreeMap<>();
            List<String> wrong = rest.sendAll(base, endpoint.getValue(), statuses);
            wrong.forEach(w -> problems.add(name + ": " + w));
            wrong.forEach(w -> System.out.println("  WRONG " + name + ": " + w));
            summary.put(name, String.format("sent %d bad requests, answers %s, %d wrong", endpoint.getValue().size(),
                    statuses, wrong.size()));
        }
        var after = rest.send("GET", approval + "/api/holds/" + hold.id(), null, null, Map.of("Authorization",
                users.get("viewer")));
        assertThat(after.headers().firstValue("ETag")).as("the hold is unchanged by the bad requests").contains(hold.etag());
        return problems;
    }

    record Hold(String id, String etag) {
    }

    /** The first open hold (the feed's high-value POs are held), with its ETag. */
    private static Hold awaitHold(KafkaRest rest, String approval, String viewer) throws Exception {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        java.util.regex.Pattern id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
        while (System.nanoTime() < deadline) {
            var list = rest.send("GET", approval + "/api/holds?status=OPEN", null, null, Map.of("Authorization", viewer));
            var m = id.matcher(list.body());
            if (list.statusCode() == 200 && m.find()) {
                var detail = rest.send("GET", approval + "/api/holds/" + m.group(1), null, null, Map.of("Authorization", viewer));
                return new Hold(m.group(1), detail.headers().firstValue("ETag").orElseThrow());
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("no open hold within " + SETTLE);
    }

    private static HostileFeed.Sent sent(List<HostileFeed.Sent> sent, String topic) {
        return sent.stream().filter(s -> s.topic().equals(topic)).findFirst().orElseThrow();
    }

    private static String abbreviated(String text) {
        return KafkaRest.abbreviate(text);
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
