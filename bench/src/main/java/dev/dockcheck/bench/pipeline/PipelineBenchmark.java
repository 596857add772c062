package dev.dockcheck.bench.pipeline;

import dev.dockcheck.bench.Benchmark;
import dev.dockcheck.schemas.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code pipeline}: starts the local runtime as a process, then measures end-to-end throughput
 * (decisions out per second while a burst of orders drains) and latency (PO in to ORDER decision
 * out, at half that rate), and the same for a raw transactional relay with the same hops and serde
 * on the same broker. Stops the runtime with SIGTERM and checks no process is left.
 */
public class PipelineBenchmark implements Benchmark {

    @Override
    public String name() {
        return "pipeline";
    }

    @Override
    public String description() {
        return "end-to-end POs/s and PO->decision p50/p99 through the local runtime, vs a raw transactional relay";
    }

    @Override
    public void run(String[] args) throws Exception {
        PipelineOptions options = PipelineOptions.parse(args);
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        Workload workload = new Workload("BP" + run, options.lines(), options.skus());
        Path dataDir = Files.createTempDirectory("dockcheck-bench-pipeline-");
        System.out.printf("pipeline: %d orders of %d lines (+ %d warm-up), latency for %d s; run %s%n",
                options.pos(), options.lines(), options.warmup(), options.latencySeconds(), workload.prefix());
        PipelineReport report = new PipelineReport(options, workload.prefix());
        int leftOver;
        try (Launcher launcher = Launcher.start(Launcher.repoRoot(), dataDir, options.timeout(), options.serviceJvm())) {
            measure(options, workload, launcher, run, report);
            leftOver = launcher.stop();
        }
        report.leftOverProcesses(leftOver);
        report.print();
        if (!options.keepData() && leftOver == 0) {
            DataDirs.delete(dataDir);
        } else {
            System.out.println("data and logs kept in " + dataDir);
        }
    }

    /**
     * Rounds of {@code --warmup} orders through the pipeline and the relay, unmeasured, so that the
     * JVMs' JIT compilers have compiled what the load runs: on two shared cores, C2 was still
     * compiling after one round of 2,000 orders (its threads took 45 % of the CPU of the burst
     * measured after it), and the pipeline's rate rose for about a dozen rounds while their share
     * fell from ~50 % to a floor of 10–20 % (recompilation that does not die out). Ends early after
     * a round in which the compiler threads took less than {@code --jit-settled} of the CPU.
     * Returns the next order number.
     */
    private static int warmUp(PipelineOptions options, LoadRun load, LoadRun.Target pipeline, LoadRun.Target baseline,
            Duration drain, PipelineReport report) throws Exception {
        System.out.printf("- warming up (not measured): %d rounds of %d orders through both, fewer if the JIT compilers"
                + " take less than %.0f %% of the CPU of a round%n", options.warmupRounds(), options.warmup(),
                100 * options.jitSettled());
        int from = 1;
        for (int round = 1; round <= options.warmupRounds(); round++) {
            LoadRun.Throughput p = load.burst(pipeline, from, options.warmup(), drain);
            LoadRun.Throughput r = load.burst(baseline, from, options.warmup(), drain);
            from += options.warmup();
            double total = p.totalCpuSeconds() + r.totalCpuSeconds();
            double share = total == 0 ? 0 : (p.jitSeconds() + r.jitSeconds()) / total;
            System.out.printf("  warm-up round %d: pipeline %.1f POs/s, relay %.1f POs/s, JIT compilers %.0f %% of the CPU%n",
                    round, p.posPerSecond(), r.posPerSecond(), 100 * share);
            report.warmupRounds(round);
            if (share < options.jitSettled()) {
                break;
            }
        }
        return from;
    }

    private static void measure(PipelineOptions options, Workload workload, Launcher launcher, String run,
            PipelineReport report) throws Exception {
        KafkaClients clients = new KafkaClients(launcher.bootstrap(), launcher.registryUrl());
        var pipeline = new LoadRun.Target("pipeline", Topics.PURCHASE_ORDERS_INBOUND.name(),
                Topics.SHIPMENT_CONFIRMATIONS.name(), Topics.LABELS_PRINTED.name(), Topics.APPROVAL_DECISIONS.name());
        int partitions = clients.partitions(pipeline.orders());
        Duration drain = Duration.ofSeconds(Math.max(120, options.pos() / 5));
        try (LoadRun load = new LoadRun(clients, workload, launcher::cpu);
                RawRelay relay = new RawRelay(clients, run, partitions)) {
            var baseline = new LoadRun.Target("raw relay", relay.inbound, relay.shipments, relay.labels, relay.decisions);
            System.out.println("- preparing: catalog, relay topics (" + partitions + " partitions each, like "
                    + pipeline.orders() + ")");
            load.prepareCatalog(Topics.CATALOG_ITEMS.name(), pipeline, 0);
            relay.awaitAssigned(Duration.ofSeconds(60));
            int from = warmUp(options, load, pipeline, baseline, drain, report);
            System.out.println("- throughput");
            for (int round = 0; round < options.rounds(); round++) {
                report.throughput(load.burst(pipeline, from, options.pos(), drain));
                report.throughput(load.burst(baseline, from, options.pos(), drain));
                from += options.pos();
            }
            double rate = report.pipelineMedian() / 4; // half the pipeline's rate, in POs/s
            System.out.printf("- latency at half the pipeline's median rate: %.1f POs/s%n", rate);
            Duration seconds = Duration.ofSeconds(options.latencySeconds());
            report.latency(load.paced(pipeline, from, rate, seconds, drain));
            report.latency(load.paced(baseline, from, rate, seconds, drain));
        }
    }
}
