package dev.dockcheck.localruntime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.DecisionStage;
import dev.dockcheck.events.PurchaseOrderAccepted;
import dev.dockcheck.events.PurchaseOrderReceived;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.localruntime.DecisionLedger.Tally;
import dev.dockcheck.localruntime.PipelineState.Snapshot;
import dev.dockcheck.schemas.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline as real processes (broker in this JVM, registry, PostgreSQL, the four services
 * from their jars) on free ports, fed {@code fault.pos} clean POs (default 2,000; 20,000 with
 * {@code -Pfault-tests}) with one shipment confirmation each at {@code fault.rate} POs per second.
 * While the feed runs, each service in turn is killed with SIGKILL and started again on the same
 * port and state, and then the broker is stopped and started again on its data. Once the pipeline
 * has drained, {@code approval-decisions} read in full (read_committed) must hold exactly one ORDER
 * decision per PO and one SHIPMENT decision per shipment, no decision id twice, nothing else; the
 * approval-service must have no stage waiting and no decision left unpublished; no dead letters;
 * and upstream, {@code purchase-orders} must hold each PO once and {@code check-results} one result
 * per check and subject (UOM_MAPPING per PO, ASN_MATCH and SSCC per shipment).
 */
class FaultToleranceIT {

    private static final int ORDERS = Integer.getInteger("fault.pos", 2_000);
    private static final double RATE = Double.parseDouble(System.getProperty("fault.rate", "25"));
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(Math.max(300, ORDERS / 20));

    private final Progress progress = new Progress(System.out, Path.of("."));
    private LocalStack stack;

    @AfterEach
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void everyPoAndShipmentIsDecidedExactlyOnceThroughKillsAndABrokerRestart() throws Exception {
        long start = System.nanoTime();
        Path repoRoot = RepoRoot.find(Path.of(System.getProperty("dockcheck.repo.root", ".."))).orElseThrow();
        Path dataDir = repoRoot.resolve("local-runtime/target/fault-tolerance-it/" + System.currentTimeMillis());
        Files.createDirectories(dataDir.resolve("logs"));
        if (System.getProperty("dockcheck.log.dir") == null) { // the broker's log, unless logging started already
            System.setProperty("dockcheck.log.dir", dataDir.resolve("logs").toString());
        }
        Map<String, Integer> ports = Ports.freeForEach(Options.PORT_OPTIONS.keySet());
        stack = new LocalStack(new Options(dataDir, ports, Duration.ofSeconds(240), false, false), repoRoot,
                progress);
        stack.start();
        say("stack up after %s; %d POs at %.0f/s", Progress.seconds(Progress.since(start)), ORDERS, RATE);

        List<String> faultLog = new ArrayList<>();
        Tally tally;
        try (FaultFeed feed = new FaultFeed(ORDERS, stack.broker().bootstrapServers(), stack.registry().registryUrl());
                DecisionLedger live = ledger()) {
            feed.sendCatalog();
            new SampleFeed(stack.broker().bootstrapServers(), stack.registry().registryUrl(),
                    stack.service(ServiceSpec.PO_INGEST).baseUrl()).awaitCatalog(feed.catalog(), Duration.ofSeconds(60));
            feed.start(RATE);
            List<Fault> faults = faults();
            int orders = feed.orders().size();
            for (int i = 0; i < faults.size(); i++) {
                int due = (i + 1) * orders / (faults.size() + 1);
                while (feed.ordersSent() < due && feed.isStreaming()) {
                    live.poll(Duration.ofMillis(200));
                }
                faultLog.add(inject(faults.get(i), feed, live));
            }
            feed.awaitSent(Duration.ofMinutes(10));
            say("feed done: %d POs, %d ASNs sent after %s", feed.ordersSent(), feed.shipmentsSent(),
                    Progress.seconds(Progress.since(start)));
            awaitDrained(live, feed.orders().size(), feed.shipments().size());
            tally = finalTally(expectedKeys(feed.orders(), feed.shipments()));
            TopicTally accepted = TopicTally.read(stack.broker().bootstrapServers(), stack.registry().registryUrl(),
                    Topics.PURCHASE_ORDERS.name(), PurchaseOrderAccepted::getPurchaseOrderNumber, Duration.ofMinutes(2));
            TopicTally checks = TopicTally.read(stack.broker().bootstrapServers(), stack.registry().registryUrl(),
                    Topics.CHECK_RESULTS.name(), (CheckCompleted c) -> c.getCheckType() + "|" + c.getPoNumber() + "|"
                            + c.getSubjectId(), Duration.ofMinutes(2));
            Snapshot state = new PipelineState(stack.postgres().jdbcUrl(), stack.broker().bootstrapServers()).snapshot();
            report(feed, tally, state, faultLog, start);
            say("  upstream: purchase-orders %d records (%d duplicates), check-results %d records (%d duplicates):"
                    + " UOM_MAPPING %d, ASN_MATCH %d, SSCC %d", accepted.records(), accepted.duplicates(),
                    checks.records(), checks.duplicates(), checks.keys("UOM_MAPPING|"), checks.keys("ASN_MATCH|"),
                    checks.keys("SSCC|"));
            assertThat(tally.examples()).as("lost or duplicated decisions").isEmpty();
            assertThat(tally.orderDecisions()).isEqualTo(orders);
            assertThat(tally.shipmentDecisions()).isEqualTo(feed.shipments().size());
            assertThat(tally.records()).as("records on approval-decisions").isEqualTo(orders + feed.shipments().size());
            assertThat(state.storedDecisions()).as("decisions in PostgreSQL").isEqualTo(tally.records());
            assertThat(state.settled()).as("nothing waiting or unpublished: %s", state).isTrue();
            assertThat(state.deadLetters()).as("dead letters").isZero();
            // the Kafka Streams services, exactly_once_v2: one accepted PO and one result per check and subject
            assertThat(accepted.counts()).as("purchase-orders").hasSize(orders);
            assertThat(accepted.duplicates()).as("duplicates on purchase-orders").isZero();
            assertThat(checks.duplicates()).as("duplicates on check-results").isZero();
            assertThat(checks.keys("UOM_MAPPING|")).isEqualTo(orders);
            assertThat(checks.keys("ASN_MATCH|")).isEqualTo(feed.shipments().size());
            assertThat(checks.keys("SSCC|")).isEqualTo(feed.shipments().size());
        }
        stack.close();
        deleteQuietly(dataDir); // kept when the test fails, for its logs
    }

    /** A kill and restart, or a broker restart, by name. */
    private record Fault(String name, Action action) {
    }

    private interface Action {
        void run() throws IOException;
    }

    private List<Fault> faults() {
        List<Fault> faults = new ArrayList<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            faults.add(new Fault("kill -9 " + spec.module(), () -> {
                stack.kill(spec);
                stack.restart(spec);
            }));
        }
        faults.add(new Fault("restart kafka broker", stack::restartBroker));
        return faults;
    }

    private String inject(Fault fault, FaultFeed feed, DecisionLedger live) throws IOException {
        live.poll(Duration.ofMillis(100));
        String when = String.format(Locale.ROOT, "at %d POs sent, %d decisions out%s", feed.ordersSent(), live.records(),
                feed.isStreaming() ? "" : " (feed done, pipeline still busy)");
        long begin = System.nanoTime();
        fault.action().run();
        String line = fault.name() + " " + when + ": back in " + Progress.seconds(Progress.since(begin));
        say("%s", line);
        return line;
    }

    private DecisionLedger ledger() {
        return new DecisionLedger(stack.broker().bootstrapServers(), stack.registry().registryUrl());
    }

    private void awaitDrained(DecisionLedger live, int orders, int shipments) throws Exception {
        long begin = System.nanoTime();
        long deadline = begin + DRAIN_TIMEOUT.toNanos();
        long nextReport = 0;
        PipelineState state = new PipelineState(stack.postgres().jdbcUrl(), stack.broker().bootstrapServers());
        while (System.nanoTime() < deadline) {
            live.poll(Duration.ofMillis(500));
            boolean allOut = live.decided(DecisionStage.ORDER) >= orders && live.decided(DecisionStage.SHIPMENT) >= shipments;
            if (allOut && state.snapshot().settled()) {
                say("drained after %s more", Progress.seconds(Progress.since(begin)));
                return;
            }
            if (System.nanoTime() > nextReport) {
                say("draining: ORDER %d/%d, SHIPMENT %d/%d decided", live.decided(DecisionStage.ORDER), orders,
                        live.decided(DecisionStage.SHIPMENT), shipments);
                nextReport = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            }
        }
        say("NOT drained within %s: %s", DRAIN_TIMEOUT, state.snapshot());
    }

    /** A fresh read of the whole topic, after a short wait for anything late (a duplicate would be late). */
    private Tally finalTally(Set<String> expected) throws InterruptedException {
        Thread.sleep(5_000);
        try (DecisionLedger full = ledger()) {
            full.readToEnd(Duration.ofMinutes(2));
            return full.tally(expected);
        }
    }

    private static Set<String> expectedKeys(List<PurchaseOrderReceived> orders, List<ShipmentConfirmed> shipments) {
        Set<String> keys = new HashSet<>();
        orders.forEach(order -> keys.add(DecisionLedger.orderKey(order.getPurchaseOrderNumber())));
        shipments.forEach(shipment -> shipment.getShippedItems().forEach(item -> keys.add(
                DecisionLedger.shipmentKey(item.getPurchaseOrderNumber(), shipment.getShipmentIdentifier()))));
        return keys;
    }

    private void report(FaultFeed feed, Tally tally, Snapshot state, List<String> faultLog, long start) {
        say("---- fault tolerance: %d POs ----", feed.orders().size());
        faultLog.forEach(line -> say("  %s", line));
        say("  POs sent %d, ASNs sent %d", feed.ordersSent(), feed.shipmentsSent());
        say("  ORDER decisions %d, SHIPMENT decisions %d, records on approval-decisions %d", tally.orderDecisions(),
                tally.shipmentDecisions(), tally.records());
        say("  outcomes %s", new TreeMap<>(tally.outcomes()));
        say("  duplicates %d (same stage) + %d (same decision id), missing %d, unexpected %d", tally.duplicateStages(),
                tally.duplicateIds(), tally.missing(), tally.unexpected());
        say("  approval-service: %d decisions stored, %d unpublished, %d stages waiting; dead letters %d",
                state.storedDecisions(), state.unpublishedDecisions(), state.undecidedStages(), state.deadLetters());
        long kills = faultLog.stream().filter(line -> line.startsWith("kill -9")).count();
        say("  kills %d, restarts %d (services and broker), elapsed %s", kills, faultLog.size(),
                Progress.seconds(Progress.since(start)));
        tally.examples().forEach(example -> say("  ! %s", example));
    }

    private void say(String format, Object... args) {
        progress.line("[FaultToleranceIT] " + String.format(Locale.ROOT, format, args));
    }


    private static void deleteQuietly(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
