package dev.dockcheck.localruntime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The four services: started together, waited for together, stopped together. */
final class ServiceGroup {

    private final List<ServiceProcess> started = new ArrayList<>();
    private final Map<ServiceProcess, ServiceSpec> specs = new LinkedHashMap<>();
    private final List<String> jvmOptions;

    ServiceGroup(List<String> jvmOptions) {
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** Starts one service and hands it to {@code adopt} (which may refuse it by throwing). */
    void start(ServiceSpec spec, Path jar, int port, ServiceSpec.Wiring wiring, Path logDir,
            Consumer<ServiceProcess> adopt) throws IOException {
        ServiceProcess service = ServiceProcess.start(spec.module(), jvmOptions, jar, port, spec.arguments(wiring),
                logDir.resolve(spec.module() + ".log"));
        synchronized (this) {
            started.add(service);
            specs.put(service, spec);
        }
        adopt.accept(service);
    }

    /**
     * Starts {@code spec} again in place of its process, which must have exited, and hands it to
     * {@code adopt}. The old process's log is kept as {@code <module>.<n>.log}.
     */
    ServiceProcess restart(ServiceSpec spec, Path jar, int port, ServiceSpec.Wiring wiring, Path logDir,
            Consumer<ServiceProcess> adopt) throws IOException {
        ServiceProcess old;
        synchronized (this) {
            old = started.stream().filter(s -> specs.get(s).equals(spec)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(spec.module() + " was never started"));
            if (old.isAlive()) {
                throw new IllegalStateException(old + " is still running");
            }
        }
        Path log = logDir.resolve(spec.module() + ".log");
        int n = 1;
        while (Files.exists(logDir.resolve(spec.module() + "." + n + ".log"))) {
            n++;
        }
        Files.move(log, logDir.resolve(spec.module() + "." + n + ".log"));
        ServiceProcess service = ServiceProcess.start(spec.module(), jvmOptions, jar, port, spec.arguments(wiring), log);
        synchronized (this) {
            started.set(started.indexOf(old), service);
            specs.remove(old);
            specs.put(service, spec);
        }
        adopt.accept(service);
        return service;
    }

    synchronized List<ServiceProcess> all() {
        return List.copyOf(started);
    }

    synchronized ServiceSpec spec(ServiceProcess service) {
        return specs.get(service);
    }

    /**
     * Waits until every service answers UP, reporting each as it does.
     *
     * @throws StartupException for the first one that exits or is not UP in time
     */
    void awaitHealthy(Duration timeout, Progress progress, long startNanos) throws StartupException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ServiceProcess> pending = new ArrayList<>(all());
        while (!pending.isEmpty()) {
            for (Iterator<ServiceProcess> it = pending.iterator(); it.hasNext();) {
                ServiceProcess service = it.next();
                String health = service.health();
                if ("UP".equals(health)) {
                    progress.ready(service.name(), Progress.since(startNanos));
                    it.remove();
                } else if (!service.isAlive() || System.nanoTime() > deadline) {
                    throw new StartupException(service.name() + " did not become healthy within " + timeout.toSeconds()
                            + " s (health: " + health + ")", service.logFile(), null);
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartupException("Interrupted while waiting for the services", null, e);
            }
        }
    }

    /** SIGTERM to all, then waits for all within one {@code timeout}; kills those left. Returns whether none was killed. */
    boolean stop(Duration timeout) {
        List<ServiceProcess> services = all();
        services.forEach(ServiceProcess::stop);
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean clean = true;
        for (ServiceProcess service : services) {
            clean &= service.awaitStopped(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
        return clean;
    }
}
