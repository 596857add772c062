package dev.dockcheck.bench.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The local runtime ({@code local-runtime/target/local-runtime.jar}) as a user runs it: a child
 * process on free ports with a data directory of its own, ready when it prints its "All healthy"
 * line, stopped with SIGTERM. {@link #close()} then checks that none of its processes remain.
 */
public final class Launcher implements AutoCloseable {

    static final String READY_LINE = "All healthy in ";
    private static final List<String> PORTS = List.of("kafka", "controller", "registry", "postgres", "po-ingest",
            "asn-validator", "label-checker", "approval");

    private final Process process;
    private final Path dataDir;
    private final Map<String, Integer> ports;
    private final CompletableFuture<Boolean> ready = new CompletableFuture<>();

    private Launcher(Process process, Path dataDir, Map<String, Integer> ports) {
        this.process = process;
        this.dataDir = dataDir;
        this.ports = ports;
    }

    /**
     * The services' JVM options for a benchmark: full JIT, as in the container image; the launcher's
     * own default (C1 only) is made for a quick start-up, not for throughput.
     */
    public static final String SERVICE_JVM = "-Xmx512m -XX:+UseSerialGC";

    /**
     * Starts the launcher from {@code repoRoot} and waits until everything is healthy.
     *
     * @param serviceJvm the services' JVM options (the launcher's {@code --service-jvm})
     */
    public static Launcher start(Path repoRoot, Path dataDir, Duration timeout, String serviceJvm)
            throws IOException, InterruptedException {
        Path jar = repoRoot.resolve("local-runtime/target/local-runtime.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Not built: " + jar + " (build with ./mvnw -q -B -DskipTests package -am "
                    + "-pl schema-registry,po-ingest-service,asn-validator-service,label-checker-service,approval-service,local-runtime)");
        }
        Files.createDirectories(dataDir);
        // a copy, as run-local does: a rebuild while the benchmark runs must not pull the jar away
        Path copy = Files.copy(jar, dataDir.resolve("local-runtime.jar"));
        Map<String, Integer> ports = freePorts();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", copy.toString(),
                "--data-dir", dataDir.toString(), "--timeout", Long.toString(timeout.toSeconds()),
                "--service-jvm=" + serviceJvm));
        ports.forEach((name, port) -> command.add("--" + name + "-port=" + port));
        System.out.println("- starting the local runtime: data in " + dataDir + ", ports " + ports
                + ", services with JVM options " + serviceJvm);
        Process process = new ProcessBuilder(command).directory(repoRoot.toFile()).redirectErrorStream(true).start();
        Launcher launcher = new Launcher(process, dataDir, ports);
        Thread stopOnExit = new Thread(launcher::close, "stop-local-runtime");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        launcher.echo();
        try {
            Boolean ok = launcher.ready.get(timeout.toSeconds() * 3 + 60, TimeUnit.SECONDS);
            if (!ok) {
                throw new IllegalStateException("the local runtime did not start; see its output above");
            }
        } catch (Exception e) {
            launcher.close();
            throw e instanceof IllegalStateException ise ? ise : new IllegalStateException("local runtime: " + e, e);
        }
        return launcher;
    }

    private void echo() {
        Thread thread = new Thread(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    System.out.println("  [local-runtime] " + line);
                    if (line.contains(READY_LINE)) {
                        ready.complete(true);
                    } else if (line.contains("FAILED")) {
                        ready.complete(false);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
            ready.complete(false);
        }, "local-runtime-output");
        thread.setDaemon(true);
        thread.start();
    }

    public String bootstrap() {
        return "127.0.0.1:" + ports.get("kafka");
    }

    public String registryUrl() {
        return "http://127.0.0.1:" + ports.get("registry") + "/apis/registry/v2";
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + ports.get("postgres") + "/postgres";
    }

    /** {@code http://127.0.0.1:<port>} of a service by its short name, e.g. {@code approval}. */
    public String serviceUrl(String shortName) {
        return "http://127.0.0.1:" + ports.get(shortName);
    }

    public Path dataDir() {
        return dataDir;
    }

    /** CPU time so far per component (see {@link CpuSample}). */
    CpuSample cpu() {
        List<ProcessHandle> postgres = new ArrayList<>();
        postmaster().ifPresent(p -> {
            postgres.add(p);
            p.descendants().forEach(postgres::add);
        });
        return CpuSample.of(process.toHandle(), postgres);
    }

    /** The approval API's local users ({@code <data dir>/credentials}, {@code user:password} lines). */
    public Map<String, String> credentials() throws IOException {
        return Files.readAllLines(dataDir.resolve("credentials")).stream().filter(l -> l.contains(":"))
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf(':')), l -> l.substring(l.indexOf(':') + 1)));
    }

    /** SIGTERM, then waits; returns how many of its processes were still alive afterwards (0 is right). */
    public synchronized int stop() {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        postmaster().ifPresent(all::add);
        System.out.println("- stopping the local runtime with SIGTERM (" + all.size() + " child processes)");
        process.destroy();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                System.out.println("  ! the launcher did not stop within 120 s: killing it");
                process.destroyForcibly();
            }
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<ProcessHandle> left = all.stream().filter(ProcessHandle::isAlive).toList();
        left.forEach(p -> System.out.println("  ! still running after stop: pid " + p.pid() + " " + p.info().command().orElse("?")));
        System.out.println(left.isEmpty() ? "  stopped; no process left" : "  ! " + left.size() + " processes left");
        return left.size();
    }

    private Optional<ProcessHandle> postmaster() {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
            return lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    private static Map<String, Integer> freePorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (String name : PORTS) {
                ServerSocket socket = new ServerSocket(0);
                held.add(socket);
                ports.put(name, socket.getLocalPort());
            }
            for (ServerSocket socket : held) {
                socket.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ports;
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** The repository root: the nearest directory from the working directory upward that holds {@code mvnw}. */
    public static Path repoRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("run this from inside the dockcheck repository (no mvnw found above "
                + Path.of("").toAbsolutePath() + ")");
    }
}
