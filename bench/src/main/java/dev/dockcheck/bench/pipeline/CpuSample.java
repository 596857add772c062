package dev.dockcheck.bench.pipeline;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time per component of the local runtime, read from the operating system: the launcher JVM
 * (which hosts the Kafka broker), each child JVM named by its jar, PostgreSQL (postmaster and
 * backends) and this benchmark's JVM (load generator, consumers and the in-process relay).
 */
record CpuSample(Map<String, Duration> cpu) {

    static CpuSample of(ProcessHandle launcher, List<ProcessHandle> postgres) {
        Map<String, Duration> cpu = new LinkedHashMap<>();
        cpu.put("kafka broker (launcher JVM)", cpuOf(Stream.of(launcher)));
        launcher.children().forEach(child -> cpu.merge(name(child), cpuOf(Stream.of(child)), Duration::plus));
        cpu.put("postgresql", cpuOf(postgres.stream()));
        cpu.put("bench JVM (load, relay)", cpuOf(Stream.of(ProcessHandle.current())));
        return new CpuSample(cpu);
    }

    /** CPU seconds spent per component between {@code before} and this sample. */
    Map<String, Double> since(CpuSample before) {
        Map<String, Double> spent = new LinkedHashMap<>();
        cpu.forEach((name, total) -> spent.put(name,
                total.minus(before.cpu().getOrDefault(name, Duration.ZERO)).toMillis() / 1000.0));
        return spent;
    }

    private static Duration cpuOf(Stream<ProcessHandle> processes) {
        return processes.map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO)).reduce(Duration.ZERO, Duration::plus);
    }

    private static String name(ProcessHandle process) {
        String args = String.join(" ", process.info().arguments().orElse(new String[0]));
        for (String known : List.of("po-ingest-service", "asn-validator-service", "label-checker-service",
                "approval-service", "schema-registry")) {
            if (args.contains(known)) {
                return known;
            }
        }
        return "other (pid " + process.pid() + ")";
    }
}
