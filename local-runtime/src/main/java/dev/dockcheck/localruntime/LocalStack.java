package dev.dockcheck.localruntime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole pipeline on 127.0.0.1: the {@link Infrastructure} (Kafka, schema registry,
 * PostgreSQL), then the four services. {@link #close()} stops them in reverse: services, registry,
 * broker, PostgreSQL. Safe to call from a shutdown hook while {@link #start()} is still running.
 */
public final class LocalStack implements AutoCloseable {

    private final Options options;
    private final Path repoRoot;
    private final Progress progress;
    private final ServiceGroup services;
    private OrphanGuard guard;
    private Infrastructure infrastructure;
    private Map<String, Path> jars;
    private ServiceSpec.Wiring wiring;
    private boolean closed;

    public LocalStack(Options options, Path repoRoot, Progress progress) {
        this.options = options;
        this.services = new ServiceGroup(options.serviceJvm());
        this.repoRoot = repoRoot;
        this.progress = progress;
    }

    public Path logDir() {
        return options.dataDir().resolve("logs");
    }

    /** Starts everything and returns once all of it is healthy. */
    public void start() throws IOException, InterruptedException {
        Map<String, Integer> ports = new LinkedHashMap<>();
        options.ports().forEach((name, port) -> ports.put("--" + name + "-port", port));
        Ports.requireFree(ports);
        Files.createDirectories(logDir());
        jars = BuiltJars.stage(repoRoot, options.dataDir().resolve("jars"), progress);
        synchronized (this) {
            if (closed) {
                return;
            }
            guard = OrphanGuard.start();
            infrastructure = new Infrastructure(options, logDir(), progress, guard);
        }
        infrastructure.start(jars.get(BuiltJars.REGISTRY));

        wiring = new ServiceSpec.Wiring(broker().bootstrapServers(), registry().registryUrl(),
                postgres().jdbcUrl(), Postgres.USER, Postgres.PASSWORD, options.dataDir().resolve("kafka-streams"),
                credentialsFile());
        long servicesStart = System.nanoTime();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            int port = options.port(spec.shortName());
            progress.starting(spec.module(), "http://" + Ports.HOST + ":" + port, logDir().resolve(spec.module() + ".log"));
            services.start(spec, jars.get(spec.module()), port, wiring, logDir(), this::adopt);
        }
        services.awaitHealthy(options.timeout(), progress, servicesStart);
    }

    /** Kills {@code spec}'s process at once (SIGKILL, as {@code kill -9}: no shutdown hook runs) and waits until it is gone. */
    public void kill(ServiceSpec spec) {
        service(spec).kill();
    }

    /**
     * Starts {@code spec} again, after {@link #kill} or a crash, on the same port with the same
     * state (its Kafka Streams state directory, PostgreSQL) and returns once it is healthy. The log
     * of the process it replaces is kept as {@code <module>.<n>.log}.
     */
    public ServiceProcess restart(ServiceSpec spec) throws IOException {
        ServiceProcess restarted = services.restart(spec, jars.get(spec.module()), options.port(spec.shortName()), wiring,
                logDir(), this::adopt);
        restarted.awaitHealthy(options.timeout());
        return restarted;
    }

    /** Stops the Kafka broker (a clean shutdown) and starts it again on the same ports and data. */
    public void restartBroker() throws IOException {
        infrastructure.restartBroker();
    }

    private synchronized void adopt(ServiceProcess started) {
        guard.watch(started.handle());
        if (closed) {
            started.close();
            throw new IllegalStateException("Stopping");
        }
    }

    /** One row per component, health asked now. */
    public StatusTable statusTable() {
        StatusTable table = new StatusTable();
        table.add("kafka broker", broker().bootstrapServers(), "UP", null, null);
        SchemaRegistry registry = registry();
        table.add("schema registry", registry.baseUrl(), registry.health(), null,
                registry.registryUrl() + "\n" + registry.ccompatUrl() + "\n" + registry.baseUrl() + "/ui");
        table.add("postgresql", postgres().jdbcUrl(), postgres().isRunning() ? "UP" : "DOWN", null, null);
        for (ServiceProcess service : services.all()) {
            List<String> apis = services.spec(service).apiPaths().stream().map(path -> service.baseUrl() + path).toList();
            table.add(service.name(), service.baseUrl(), service.health(), service.prometheusUrl(), String.join("\n", apis));
        }
        return table;
    }

    public KafkaBroker broker() {
        return infrastructure.broker();
    }

    public SchemaRegistry registry() {
        return infrastructure.registry();
    }

    public Postgres postgres() {
        return infrastructure.postgres();
    }

    public List<ServiceProcess> services() {
        return services.all();
    }

    /** The running service of {@code spec}. */
    public ServiceProcess service(ServiceSpec spec) {
        return services.all().stream().filter(s -> s.name().equals(spec.module())).findFirst()
                .orElseThrow(() -> new IllegalStateException(spec.module() + " is not running"));
    }

    /** Where the approval-service writes its local users' passwords. */
    public Path credentialsFile() {
        return options.dataDir().resolve("credentials");
    }

    /** Whether {@link #close()} has been called. */
    public synchronized boolean isClosed() {
        return closed;
    }

    /** Stops services, registry, broker and PostgreSQL, in that order. Calling it again does nothing. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (!services.all().isEmpty()) {
            step("services", () -> services.stop(ServiceProcess.STOP_TIMEOUT));
        }
        if (infrastructure != null) {
            infrastructure.close(this::step);
        }
        if (guard != null) {
            guard.close();
        }
    }

    /** A stop step; returns whether it stopped without force. */
    interface Stop {
        boolean run() throws Exception;
    }

    /** Runs and reports stop steps. */
    interface Stepper {
        void run(String component, Stop stop);
    }

    private void step(String component, Stop stop) {
        long start = System.nanoTime();
        try {
            boolean clean = stop.run();
            progress.stopped(component, Progress.since(start), !clean);
        } catch (Exception e) {
            progress.line("  failed to stop " + component + ": " + e);
        }
    }
}
