package dev.dockcheck.localruntime;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The schema registry (the Apicurio runner jar that module schema-registry builds) as a child
 * process, with its storage in an H2 database file under a data directory instead of in memory.
 *
 * <p>Why not {@code SchemaRegistryProcess}: its registry forgets every schema when it stops, while
 * the local broker keeps its topics. After a restart the schema ids would be handed out again in
 * whatever order the schemas happen to be registered, and records already in Kafka would be read
 * with the wrong schema ({@code Malformed data} in the services). A registry whose storage lives
 * beside the broker's keeps every id valid.
 */
public final class SchemaRegistry implements AutoCloseable {

    private final ServiceProcess process;

    private SchemaRegistry(ServiceProcess process) {
        this.process = process;
    }

    /**
     * Starts the runner jar on {@code port} with its database in {@code dataDir} and waits until
     * {@code /health/ready} answers UP.
     *
     * @throws IOException if it exits or is not ready within {@code timeout}; the message holds the
     *                     tail of its log
     */
    public static SchemaRegistry start(Path runnerJar, int port, Path dataDir, Path logFile, Duration timeout)
            throws IOException {
        List<String> jvm = List.of("-Xmx384m", "-XX:+UseSerialGC",
                "-Dquarkus.http.host=" + Ports.HOST,
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + dataDir.resolve("registry").toAbsolutePath());
        ServiceProcess process = ServiceProcess.start("schema-registry", jvm, runnerJar, List.of(), port, "/health/ready",
                logFile);
        SchemaRegistry registry = new SchemaRegistry(process);
        try {
            process.awaitHealthy(timeout);
        } catch (IOException | RuntimeException e) {
            registry.close();
            throw e;
        }
        return registry;
    }

    public ServiceProcess process() {
        return process;
    }

    /** {@code http://127.0.0.1:<port>}; the UI is at {@code /ui}. */
    public String baseUrl() {
        return process.baseUrl();
    }

    /** The Apicurio v2 API, which the serdes take. */
    public String registryUrl() {
        return baseUrl() + "/apis/registry/v2";
    }

    /** The Confluent-compatible API. */
    public String ccompatUrl() {
        return baseUrl() + "/apis/ccompat/v7";
    }

    public String health() {
        return process.health();
    }

    @Override
    public void close() {
        process.close();
    }
}
