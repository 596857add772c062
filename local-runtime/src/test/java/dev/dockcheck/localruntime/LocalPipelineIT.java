package dev.dockcheck.localruntime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code java -jar target/local-runtime.jar --feed} as ./run-local would, on free ports and
 * in a data directory of its own (so it does not clash with a local stack that is running), and
 * checks that the fed data leads to a decision on {@code approval-decisions} in the registry's
 * wire format, that the services export every metric the dashboards and alert rules use, and that stopping the launcher (SIGTERM, as Ctrl-C) leaves no process behind.
 *
 * <p>Needs the service jars and the registry runner jar: the reactor builds local-runtime after
 * them (it is listed after them in the root pom); with {@code -pl local-runtime}, package them first.
 */
class LocalPipelineIT {

    // generous: a bound for a stuck start, not a performance claim (a busy 2-core CI machine is slow)
    private static final Duration STARTUP = Duration.ofSeconds(360);

    private Process launcher;
    private final List<ProcessHandle> spawned = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        if (launcher != null && launcher.isAlive()) {
            launcher.descendants().forEach(spawned::add);
            launcher.destroyForcibly();
        }
        spawned.forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void startsFeedsDecidesAndStopsWithoutLeavingProcesses() throws Exception {
        Path repoRoot = RepoRoot.find(Path.of(System.getProperty("dockcheck.repo.root", ".."))).orElseThrow();
        Path jar = repoRoot.resolve("local-runtime/target/local-runtime.jar");
        assertThat(jar).as("the launcher jar (mvn package)").isRegularFile();
        Path dataDir = repoRoot.resolve("local-runtime/target/local-pipeline-it/" + System.currentTimeMillis());
        Files.createDirectories(dataDir);
        Map<String, Integer> ports = Ports.freeForEach(Options.PORT_OPTIONS.keySet());
        List<String> command = new ArrayList<>(List.of(ServiceProcess.javaExecutable(), "-jar", jar.toString(),
                "--feed", "--data-dir", dataDir.toString(), "--timeout", "300"));
        ports.forEach((name, port) -> command.add("--" + name + "-port=" + port));
        Path output = dataDir.resolve("launcher.out");
        launcher = new ProcessBuilder(command).directory(repoRoot.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();

        awaitLine(output, LocalPipeline.FED_LINE, STARTUP);
        // the feed report follows its first line; "Where to look" closes it
        List<String> lines = awaitLine(output, "Where to look", Duration.ofSeconds(30));
        assertThat(lines).anyMatch(line -> line.startsWith(LocalPipeline.READY_LINE));
        Set<String> fedOrders = new HashSet<>();
        lines.stream().map(String::trim).filter(line -> line.startsWith("purchase-orders.inbound"))
                .forEach(line -> fedOrders.add(line.split("\\s+")[1]));
        assertThat(fedOrders).hasSizeGreaterThanOrEqualTo(4);

        ConsumerRecord<String, byte[]> decision = firstDecision(ports.get("kafka"), Duration.ofSeconds(120));
        assertThat(fedOrders).contains(decision.key());
        byte[] value = decision.value();
        assertThat(value.length).isGreaterThan(5);
        assertThat(value[0]).as("magic byte").isZero();
        int schemaId = ByteBuffer.wrap(value, 1, 4).getInt();
        HttpResponse<String> schema = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + ports.get("registry") + "/apis/ccompat/v7/schemas/ids/" + schemaId)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(schema.statusCode()).as("schema id %d in the registry", schemaId).isEqualTo(200);
        assertThat(schema.body()).contains("ApprovalDecided");

        ExportedMetrics.provokeFailureCounters(ports.get("kafka"), ports.get("registry"));
        List<Integer> servicePorts = List.of(ports.get("po-ingest"), ports.get("asn-validator"),
                ports.get("label-checker"), ports.get("approval"));
        assertThat(ExportedMetrics.usedByDashboardsAndAlerts()).contains("po_checks_total", "po_holds_open");
        assertThat(new ExportedMetrics().missing(servicePorts, Duration.ofSeconds(120)))
                .as("metrics that dashboards or alert rules use but no service exports").isEmpty();

        launcher.descendants().forEach(spawned::add);
        postmaster(dataDir).ifPresent(spawned::add);
        assertThat(spawned).as("registry, 4 services, watcher, postgres").hasSizeGreaterThanOrEqualTo(7);

        launcher.destroy();
        assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).as("launcher stopped within 60 s").isTrue();
        assertThat(Files.readString(output)).contains("Stopped.");
        for (ProcessHandle process : spawned) {
            awaitGone(process, Duration.ofSeconds(10));
            assertThat(alive(process)).as("%s %s still alive", process.pid(), process.info().command()).isFalse();
        }
        deleteQuietly(dataDir); // kept when the test fails, for its logs
    }

    private static void deleteQuietly(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }


    /** Waits until the launcher prints a line starting with {@code prefix}; fails if it exits or the feed fails. */
    private List<String> awaitLine(Path output, String prefix, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            if (lines.stream().anyMatch(line -> line.startsWith(prefix))) {
                return lines;
            }
            if (!launcher.isAlive() || lines.stream().anyMatch(line -> line.startsWith(LocalPipeline.FEED_FAILED_LINE))) {
                fail("Launcher did not get to '" + prefix + "':\n" + String.join("\n", lines));
            }
            Thread.sleep(500);
        }
        return fail("No '" + prefix + "' within " + timeout.toSeconds() + " s:\n" + Files.readString(output));
    }

    private static ConsumerRecord<String, byte[]> firstDecision(int kafkaPort, Duration timeout) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + kafkaPort,
                ConsumerConfig.GROUP_ID_CONFIG, "local-pipeline-it",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of("approval-decisions"));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    return record;
                }
            }
        }
        return fail("No record on approval-decisions within " + timeout.toSeconds() + " s");
    }

    private static Optional<ProcessHandle> postmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postgres/postmaster.pid");
        return Files.isRegularFile(pidFile)
                ? ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim())) : Optional.empty();
    }

    private static void awaitGone(ProcessHandle process, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (alive(process) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    /** Alive and not a zombie: an exited process whose new parent has not reaped it yet counts as gone. */
    private static boolean alive(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException e) {
            return !Files.isDirectory(Path.of("/proc")) && process.isAlive();
        }
    }
}
