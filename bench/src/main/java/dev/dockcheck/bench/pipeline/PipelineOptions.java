package dev.dockcheck.bench.pipeline;

import java.time.Duration;

/**
 * Options of the {@code pipeline} benchmark, {@code --name=value}.
 *
 * @param pos            orders in the throughput burst (each: a PO, its labels and its ASN)
 * @param warmup         orders per warm-up round through pipeline and relay, not measured
 * @param warmupRounds   warm-up rounds (fewer if the JIT compilers settle sooner)
 * @param jitSettled     the warm-up ends after a round in which the JIT compiler threads took less
 *                       than this part of the CPU
 * @param lines          lines per PO (and cartons per ASN)
 * @param skus           catalog items
 * @param latencySeconds how long orders are paced at half the measured rate for the latency figures
 * @param timeout        how long each part of the local runtime may take to become healthy
 * @param rounds         how many bursts of each, pipeline and relay, are measured (alternately); the
 *                       ratio is the ratio of their medians (one relay burst alone varied by half
 *                       between runs)
 * @param keepData       keep the runtime's temporary data directory (logs) afterwards
 * @param serviceJvm     JVM options of the four services, passed to the launcher's {@code --service-jvm}:
 *                       by default full JIT as in the container image (the launcher's own default,
 *                       C1 only, is made for a quick start-up, not for throughput)
 */
record PipelineOptions(int pos, int warmup, int warmupRounds, double jitSettled, int lines, int skus, int latencySeconds, Duration timeout, int rounds,
        boolean keepData, String serviceJvm) {

    static PipelineOptions parse(String[] args) {
        int pos = 12_000;
        int warmup = 2_000;
        int warmupRounds = 15;
        double jitSettled = 0.05;
        int lines = 10;
        int skus = 500;
        int latencySeconds = 30;
        int timeout = 240;
        int rounds = 3;
        boolean keepData = false;
        String serviceJvm = Launcher.SERVICE_JVM;
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            switch (arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg) {
                case "--pos" -> pos = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--warmup-rounds" -> warmupRounds = Integer.parseInt(value);
                case "--jit-settled" -> jitSettled = Double.parseDouble(value);
                case "--lines" -> lines = Integer.parseInt(value);
                case "--skus" -> skus = Integer.parseInt(value);
                case "--latency-seconds" -> latencySeconds = Integer.parseInt(value);
                case "--timeout" -> timeout = Integer.parseInt(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--keep-data" -> keepData = true;
                case "--service-jvm" -> serviceJvm = value;
                default -> throw new IllegalArgumentException("unknown option " + arg + "; options: --pos=12000 "
                        + "--warmup=2000 --warmup-rounds=15 --jit-settled=0.05 --lines=10 --skus=500 --latency-seconds=30 --timeout=240 --rounds=3 --keep-data --service-jvm=\"" + Launcher.SERVICE_JVM + "\"");
            }
        }
        if (rounds < 1 || warmupRounds < 1) {
            throw new IllegalArgumentException("--rounds and --warmup-rounds must be at least 1");
        }
        return new PipelineOptions(pos, warmup, warmupRounds, jitSettled, lines, skus, latencySeconds, Duration.ofSeconds(timeout), rounds,
                keepData, serviceJvm);
    }
}
