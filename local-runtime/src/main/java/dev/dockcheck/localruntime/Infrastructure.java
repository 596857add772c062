package dev.dockcheck.localruntime;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What the services need: the Kafka broker (in this JVM), the schema registry and PostgreSQL (child
 * processes), started in parallel, each keeping its data under the data directory. Closing waits for starts still under way, then stops the
 * registry, the broker and PostgreSQL, in that order.
 */
final class Infrastructure {

    private final Options options;
    private final Path logDir;
    private final Progress progress;
    private final OrphanGuard guard;
    private final List<CompletableFuture<?>> inFlight = new ArrayList<>();
    private volatile KafkaBroker broker;
    private volatile SchemaRegistry registry;
    private volatile Postgres postgres;

    Infrastructure(Options options, Path logDir, Progress progress, OrphanGuard guard) {
        this.options = options;
        this.logDir = logDir;
        this.progress = progress;
        this.guard = guard;
    }

    KafkaBroker broker() {
        return broker;
    }

    SchemaRegistry registry() {
        return registry;
    }

    Postgres postgres() {
        return postgres;
    }

    /** Starts all three and returns when all are ready; the first failure is thrown. */
    void start(Path registryRunner) throws IOException, InterruptedException {
        long start = System.nanoTime();
        int kafkaPort = options.port("kafka");
        progress.starting("kafka broker", Ports.HOST + ":" + kafkaPort, logDir.resolve("kafka.log"));
        progress.starting("schema registry", "http://" + Ports.HOST + ":" + options.port("registry"),
                logDir.resolve("schema-registry.log"));
        progress.starting("postgresql", Ports.HOST + ":" + options.port("postgres"), logDir.resolve("postgres.log"));
        // the registry's own message holds the tail of its log already
        async("schema registry", null, start, () -> {
            registry = SchemaRegistry.start(registryRunner, options.port("registry"),
                    options.dataDir().resolve("schema-registry"), logDir.resolve("schema-registry.log"), options.timeout());
            guard.watch(registry.process().handle());
        });
        async("postgresql", logDir.resolve("postgres.log"), start, () -> {
            postgres = Postgres.start(options.port("postgres"), options.dataDir().resolve("postgres"),
                    logDir.resolve("postgres.log"));
            postgres.postmaster().ifPresent(postmaster -> guard.watch(postmaster, "INT"));
        });
        try {
            broker = KafkaBroker.start(kafkaPort, options.port("controller"), options.dataDir().resolve("kafka"));
        } catch (IOException | RuntimeException e) {
            throw new StartupException("kafka broker did not start: " + e.getMessage(), logDir.resolve("kafka.log"), e);
        }
        progress.ready("kafka broker", Progress.since(start));
        awaitInFlight();
        guard.watchAllChildren();
    }

    private interface Start {
        void run() throws IOException;
    }

    private synchronized void async(String component, Path log, long startNanos, Start task) {
        inFlight.add(CompletableFuture.runAsync(() -> {
            try {
                task.run();
                progress.ready(component, Progress.since(startNanos));
            } catch (IOException | RuntimeException e) {
                throw new CompletionException(log == null && e instanceof IOException ? e
                        : new StartupException(component + " did not start: " + e.getMessage(), log, e));
            }
        }));
    }

    private void awaitInFlight() throws IOException, InterruptedException {
        List<CompletableFuture<?>> futures;
        synchronized (this) {
            futures = List.copyOf(inFlight);
        }
        for (CompletableFuture<?> future : futures) {
            try {
                future.get(options.timeout().toSeconds() + 10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() instanceof CompletionException c ? c.getCause() : e.getCause();
                throw cause instanceof IOException io ? io : new IOException(String.valueOf(cause), cause);
            } catch (TimeoutException e) {
                throw new IOException("Timed out starting the registry or PostgreSQL", e);
            }
        }
    }

    /** Stops the broker and starts it again on the same ports and data directory. */
    void restartBroker() throws IOException {
        broker.close();
        broker = KafkaBroker.start(options.port("kafka"), options.port("controller"), options.dataDir().resolve("kafka"));
    }

    /** Stops the registry, the broker and PostgreSQL, each reported through {@code step}. */
    void close(LocalStack.Stepper step) {
        try {
            awaitInFlight();
        } catch (IOException | InterruptedException e) {
            // stop whatever did start
        }
        SchemaRegistry startedRegistry = registry;
        KafkaBroker startedBroker = broker;
        Postgres startedPostgres = postgres;
        if (startedRegistry != null) {
            step.run("schema registry", () -> {
                startedRegistry.close();
                return true;
            });
        }
        if (startedBroker != null) {
            step.run("kafka broker", () -> {
                startedBroker.close();
                return true;
            });
        }
        if (startedPostgres != null) {
            step.run("postgresql", () -> {
                startedPostgres.close();
                return true;
            });
        }
    }
}
