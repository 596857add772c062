package dev.dockcheck.registry;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One schema registry per test JVM, started on first use and stopped when the JVM exits.
 *
 * <p>The first call to any method starts a {@link SchemaRegistryProcess} from
 * {@link SchemaRegistryProcess#locateRunnerJar()} on a free port, logging to
 * {@code target/schema-registry-<port>.log}, and sets system property {@value #URL_PROPERTY}
 * to {@link #registryUrl()}. Later calls return the same registry. A JVM shutdown hook stops it.
 * If the start fails, every call throws the same {@link IllegalStateException}, without trying
 * again. Thread-safe.
 *
 * <p>In a Spring test:
 * <pre>{@code
 * @DynamicPropertySource
 * static void registry(DynamicPropertyRegistry registry) {
 *     registry.add("spring.kafka.properties.apicurio.registry.url", SchemaRegistrySupport::registryUrl);
 * }
 * }</pre>
 * Elsewhere, {@code @ExtendWith(SchemaRegistryExtension.class)} starts it before the test class.
 *
 * <p>The registry stores schemas in memory and is shared by all tests in the JVM, so tests should
 * use their own subject names.
 */
public final class SchemaRegistrySupport {

    /** System property set to {@link #registryUrl()} once the registry is up. */
    public static final String URL_PROPERTY = "dockcheck.registry.url";

    private static SchemaRegistryProcess registry;
    private static IllegalStateException failure;

    private SchemaRegistrySupport() {
    }

    /** The native Apicurio v2 API of the shared registry, {@code http://127.0.0.1:<port>/apis/registry/v2}. */
    public static String registryUrl() {
        return registry().registryUrl();
    }

    /** The Confluent-compatible API of the shared registry, {@code http://127.0.0.1:<port>/apis/ccompat/v7}. */
    public static String ccompatUrl() {
        return registry().ccompatUrl();
    }

    /** The server root of the shared registry, {@code http://127.0.0.1:<port>}. */
    public static String baseUrl() {
        return registry().baseUrl();
    }

    private static synchronized SchemaRegistryProcess registry() {
        if (registry != null) {
            return registry;
        }
        if (failure != null) {
            throw failure;
        }
        try {
            Path runner = SchemaRegistryProcess.locateRunnerJar();
            int port = SchemaRegistryProcess.freePort();
            Path log = Path.of("target", "schema-registry-" + port + ".log");
            SchemaRegistryProcess started = SchemaRegistryProcess.start(runner, port, log);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "schema-registry-shutdown"));
            System.setProperty(URL_PROPERTY, started.registryUrl());
            registry = started;
            System.out.println("Schema registry ready at " + started.baseUrl() + " after "
                    + started.startupTime().toMillis() + " ms (log " + log + ")");
            return started;
        } catch (IOException | RuntimeException e) {
            failure = new IllegalStateException("Could not start the shared schema registry: " + e.getMessage(), e);
            throw failure;
        }
    }
}
