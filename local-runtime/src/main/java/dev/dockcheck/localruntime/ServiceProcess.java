package dev.dockcheck.localruntime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Spring Boot service jar (or another executable jar with a JSON health endpoint) running as a
 * child process on 127.0.0.1, its output in a log file.
 *
 * <p>Command: {@code java <JVM options, by default -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC>
 * -Ddockcheck.parent.pid=<this pid> -jar <jar> --server.port=<port> <arguments>}, with the same
 * {@code java} as this JVM. {@link #close()} asks it to stop (SIGTERM, so Spring shuts down
 * gracefully), waits up to {@link #STOP_TIMEOUT}, then kills it and its descendants.
 */
public final class ServiceProcess implements AutoCloseable {

    /** Small and quick to start: four of these share a 2-core machine with Kafka and the registry. */
    public static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

    private final String name;
    private final int port;
    private final String healthPath;
    private final Path logFile;
    private final Process process;
    private final List<ProcessHandle> descendants = new ArrayList<>();

    private ServiceProcess(String name, int port, String healthPath, Path logFile, Process process) {
        this.name = name;
        this.port = port;
        this.healthPath = healthPath;
        this.logFile = logFile;
        this.process = process;
    }

    /**
     * Starts the jar with {@code jvmOptions} (normally {@link #JVM_OPTIONS}) and returns at once;
     * see {@link #awaitHealthy(Duration)}.
     *
     * @param logFile receives stdout and stderr; replaced if it exists
     */
    public static ServiceProcess start(String name, List<String> jvmOptions, Path jar, int port, List<String> arguments,
            Path logFile) throws IOException {
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + port);
        args.addAll(arguments);
        return start(name, jvmOptions, jar, args, port, "/actuator/health", logFile);
    }

    /**
     * Starts any executable jar whose health document (a JSON object with a top-level
     * {@code status}) is at {@code healthPath} on {@code port}; returns at once.
     */
    public static ServiceProcess start(String name, List<String> jvmOptions, Path jar, List<String> arguments,
            int port, String healthPath, Path logFile) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar + " does not exist: build it with ./mvnw -DskipTests package");
        }
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.add("-Ddockcheck.parent.pid=" + ProcessHandle.current().pid());
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .start();
        process.getOutputStream().close();
        return new ServiceProcess(name, port, healthPath, logFile, process);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String baseUrl() {
        return "http://" + Ports.HOST + ":" + port;
    }

    public String healthUrl() {
        return baseUrl() + healthPath;
    }

    public String prometheusUrl() {
        return baseUrl() + "/actuator/prometheus";
    }

    /** {@code UP}, another health status, {@code no answer}, or {@code exited (code N)}. */
    public String health() {
        if (!process.isAlive()) {
            return "exited (code " + process.exitValue() + ")";
        }
        return HealthProbe.status(healthUrl());
    }

    /**
     * Waits until {@code /actuator/health} answers UP.
     *
     * @throws IOException if the process exits first, or is not UP within {@code timeout}; the
     *                     message holds the tail of its log
     */
    public void awaitHealthy(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "not asked";
        while (!"UP".equals(last = health())) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IOException(name + " is not healthy after " + timeout.toSeconds() + " s (" + last
                        + "); last lines of " + logFile + ":" + System.lineSeparator() + LogTail.of(logFile, 40));
            }
            sleep(500);
        }
    }

    /** Asks the process to stop (SIGTERM), without waiting. */
    public void stop() {
        synchronized (descendants) {
            if (descendants.isEmpty()) {
                process.descendants().forEach(descendants::add);
            }
        }
        process.destroy();
    }

    /** Kills the process at once (SIGKILL on Unix, like {@code kill -9}) and waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until the process has exited; past {@code timeout}, kills it. Either way, kills its
     * descendants. Returns whether it stopped by itself.
     */
    public boolean awaitStopped(Duration timeout) {
        boolean clean;
        try {
            clean = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!clean) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            clean = false;
        }
        synchronized (descendants) {
            descendants.forEach(ProcessHandle::destroyForcibly);
        }
        return clean;
    }

    /** {@link #stop()}, then {@link #awaitStopped(Duration)} with {@link #STOP_TIMEOUT}. */
    @Override
    public void close() {
        stop();
        awaitStopped(STOP_TIMEOUT);
    }

    @Override
    public String toString() {
        return name + "[" + baseUrl() + ", pid " + process.pid() + ", log " + logFile + "]";
    }

    static String javaExecutable() {
        boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
        Path java = Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
        return Files.isExecutable(java) ? java.toString() : "java";
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }
}
