package dev.dockcheck.bench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time per component of the local runtime, read from the operating system: the launcher JVM
 * (which hosts the Kafka broker), each child JVM named by its jar, PostgreSQL (postmaster and
 * backends) and this benchmark's JVM (load generator, consumers and the in-process relay); and,
 * of all that, the time of the JVMs' JIT compiler threads (Linux only: zero elsewhere).
 */
record CpuSample(Map<String, Duration> cpu, Duration jit) {

    static CpuSample of(ProcessHandle launcher, List<ProcessHandle> postgres) {
        Map<String, Duration> cpu = new LinkedHashMap<>();
        cpu.put("kafka broker (launcher JVM)", cpuOf(Stream.of(launcher)));
        launcher.children().forEach(child -> cpu.merge(name(child), cpuOf(Stream.of(child)), Duration::plus));
        cpu.put("postgresql", cpuOf(postgres.stream()));
        cpu.put("bench JVM (load, relay)", cpuOf(Stream.of(ProcessHandle.current())));
        List<ProcessHandle> jvms = Stream.concat(Stream.of(launcher, ProcessHandle.current()), launcher.children()).toList();
        return new CpuSample(cpu, jvms.stream().map(CpuSample::jitCompilers).reduce(Duration.ZERO, Duration::plus));
    }

    /** CPU seconds of the JIT compiler threads between {@code before} and this sample. */
    double jitSince(CpuSample before) {
        return jit.minus(before.jit()).toMillis() / 1000.0;
    }

    /**
     * The CPU time of a JVM's compiler threads ("C1 CompilerThread0", "C2 CompilerThread1", …: 15
     * characters of the name in /proc), from each thread's utime and stime in clock ticks of 10 ms.
     */
    private static Duration jitCompilers(ProcessHandle jvm) {
        Path tasks = Path.of("/proc", Long.toString(jvm.pid()), "task");
        long ticks = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                String stat = Files.readString(thread.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                if (name.matches("C[12] CompilerThre.*")) {
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Duration.ZERO; // not Linux, or the process or thread has gone
        }
        return Duration.ofMillis(ticks * 10);
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
