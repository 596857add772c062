package dev.dockcheck.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real Apicurio Registry running as a child process of this JVM, for local runs and tests.
 *
 * <p>It runs the runner jar that this module builds
 * ({@code schema-registry/target/schema-registry-<version>-runner.jar}) as
 * {@code java -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=<port> -jar <runner>}, with the
 * same {@code java} as the current JVM, and waits until {@code /health/ready} answers 200.
 * Storage is in memory, so every process starts empty. {@link #close()} stops the process and
 * its descendants.
 *
 * <pre>{@code
 * try (SchemaRegistryProcess registry = SchemaRegistryProcess.start(
 *         SchemaRegistryProcess.locateRunnerJar(), SchemaRegistryProcess.freePort(),
 *         Path.of("target/schema-registry.log"))) {
 *     String url = registry.ccompatUrl(); // Confluent-compatible API
 * }
 * }</pre>
 *
 * <p>Most tests want one registry shared by the whole test JVM: use {@link SchemaRegistrySupport}
 * or {@link SchemaRegistryExtension} instead.
 */
public final class SchemaRegistryProcess implements AutoCloseable {

    /** System property that names the runner jar; see {@link #locateRunnerJar()}. */
    public static final String RUNNER_PROPERTY = "schema-registry.runner";

    /** How long {@link #start(Path, int, Path)} waits for the registry to become ready. */
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private static final String HOST = "127.0.0.1";
    private static final String BUILD_HINT = "build it with ./mvnw -pl schema-registry package";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private final Process process;
    private final int port;
    private final Path logFile;
    private Duration startupTime;

    private SchemaRegistryProcess(Process process, int port, Path logFile) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
    }

    /**
     * Starts the registry and waits up to {@link #DEFAULT_STARTUP_TIMEOUT} until it is ready.
     *
     * @param runnerJar the runner jar, for example from {@link #locateRunnerJar()}
     * @param port      the HTTP port on 127.0.0.1, for example from {@link #freePort()}
     * @param logFile   receives the process's stdout and stderr (replaced if it exists)
     * @throws IOException if the process cannot be started, exits early or is not ready in time;
     *                     the process is stopped before this is thrown
     */
    public static SchemaRegistryProcess start(Path runnerJar, int port, Path logFile) throws IOException {
        return start(runnerJar, port, logFile, DEFAULT_STARTUP_TIMEOUT);
    }

    /**
     * Starts the registry and waits up to {@code timeout} until it is ready.
     *
     * @see #start(Path, int, Path)
     */
    public static SchemaRegistryProcess start(Path runnerJar, int port, Path logFile, Duration timeout)
            throws IOException {
        if (!Files.isRegularFile(runnerJar)) {
            throw new IOException("Schema registry runner jar " + runnerJar + " does not exist: " + BUILD_HINT);
        }
        Path log = logFile.toAbsolutePath();
        if (log.getParent() != null) {
            Files.createDirectories(log.getParent());
        }
        List<String> command = List.of(javaExecutable(),
                "-Dquarkus.http.host=" + HOST,
                "-Dquarkus.http.port=" + port,
                "-jar", runnerJar.toAbsolutePath().toString());
        long startNanos = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        process.getOutputStream().close();
        SchemaRegistryProcess registry = new SchemaRegistryProcess(process, port, log);
        try {
            registry.awaitReady(timeout);
        } catch (IOException | RuntimeException e) {
            registry.close();
            throw e;
        }
        registry.startupTime = Duration.ofNanos(System.nanoTime() - startNanos);
        return registry;
    }

    /** The HTTP port the registry listens on, on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>}: the server root (health at {@code /health/ready}, UI at {@code /ui/}). */
    public String baseUrl() {
        return "http://" + HOST + ":" + port;
    }

    /** The native Apicurio v2 API: {@code http://127.0.0.1:<port>/apis/registry/v2}; the URL Apicurio serdes take. */
    public String registryUrl() {
        return baseUrl() + "/apis/registry/v2";
    }

    /** The Confluent-compatible API: {@code http://127.0.0.1:<port>/apis/ccompat/v7}. */
    public String ccompatUrl() {
        return baseUrl() + "/apis/ccompat/v7";
    }

    /** The file that receives the registry's output. */
    public Path logFile() {
        return logFile;
    }

    /** How long it took from starting the process until {@code /health/ready} answered 200. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Whether the process is still running. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Stops the registry: asks it to stop, waits up to 10 s, then kills it; its descendants too.
     * Calling it again does nothing.
     */
    @Override
    public void close() {
        List<ProcessHandle> descendants = new ArrayList<>();
        process.descendants().forEach(descendants::add);
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle descendant : descendants) {
            descendant.destroyForcibly();
        }
    }

    @Override
    public String toString() {
        return "SchemaRegistryProcess[" + baseUrl() + ", pid " + process.pid() + ", log " + logFile + "]";
    }

    /**
     * Finds the runner jar.
     *
     * <ol>
     *   <li>If system property {@value #RUNNER_PROPERTY} is set, that file (which must exist).</li>
     *   <li>Otherwise, searching from the working directory upward, the newest
     *       {@code schema-registry/target/schema-registry-*-runner.jar}.</li>
     * </ol>
     *
     * @throws IllegalStateException if no runner jar is found; its message says how to build one
     */
    public static Path locateRunnerJar() {
        String configured = System.getProperty(RUNNER_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path jar = Path.of(configured.trim());
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("Schema registry runner jar " + jar
                        + " (system property " + RUNNER_PROPERTY + ") does not exist: " + BUILD_HINT);
            }
            return jar;
        }
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        return findRunnerJarUpward(start).orElseThrow(() -> new IllegalStateException(
                "No schema-registry/target/schema-registry-*-runner.jar found in " + start
                        + " or its parent directories, and system property " + RUNNER_PROPERTY
                        + " is not set: " + BUILD_HINT));
    }

    /**
     * Searches {@code start} and its parent directories for
     * {@code schema-registry/target/schema-registry-*-runner.jar}; the nearest directory wins, and
     * within it the newest jar.
     */
    static Optional<Path> findRunnerJarUpward(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path target = dir.resolve("schema-registry").resolve("target");
            if (!Files.isDirectory(target)) {
                continue;
            }
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "schema-registry-*-runner.jar")) {
                List<Path> found = new ArrayList<>();
                jars.forEach(found::add);
                Optional<Path> newest = found.stream().filter(Files::isRegularFile)
                        .max(Comparator.comparing(SchemaRegistryProcess::lastModifiedMillis));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }

    /** A TCP port on 127.0.0.1 that was free a moment ago. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on " + HOST, e);
        }
    }

    private void awaitReady(Duration timeout) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (true) {
            if (!process.isAlive()) {
                throw new IOException("Schema registry exited with code " + process.exitValue()
                        + " before it was ready on port " + port + "; log " + logFile + ":\n" + logTail());
            }
            try {
                HttpResponse<Void> response = client.send(ready, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
                last = "HTTP " + response.statusCode();
            } catch (ConnectException e) {
                last = "connection refused";
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while waiting for the schema registry", e);
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("Schema registry on port " + port + " not ready after " + timeout.toSeconds()
                        + " s (last: " + last + "); log " + logFile + ":\n" + logTail());
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while waiting for the schema registry", e);
            }
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log not readable: " + e + ")";
        }
    }

    private static String javaExecutable() {
        boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
        Path java = Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
        if (Files.isExecutable(java)) {
            return java.toString();
        }
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static long lastModifiedMillis(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0L;
        }
    }
}
