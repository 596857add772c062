package dev.dockcheck.bench.approval;

import dev.dockcheck.bench.Benchmark;
import dev.dockcheck.bench.pipeline.DataDirs;
import dev.dockcheck.bench.pipeline.Launcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@code approval-rest}: starts the local runtime as a process, stores 100,000 holds in its
 * PostgreSQL, then times {@code GET /api/holds} (first page; a page filtered by status and vendor)
 * and approving holds ({@code POST /api/holds/{id}/approve} with If-Match), one request at a time,
 * against {@code GET /actuator/health} of the same service as baseline.
 * Options: {@code --holds=100000 --requests=300 --decisions=300 --warmup=50 --timeout=240 --keep-data}.
 */
public class ApprovalRestBenchmark implements Benchmark {

    @Override
    public String name() {
        return "approval-rest";
    }

    @Override
    public String description() {
        return "approval-service REST p50/p99 (list holds, filtered list, approve) with 100,000 holds, vs /actuator/health";
    }

    @Override
    public void run(String[] args) throws Exception {
        int holds = 100_000;
        int requests = 300;
        int decisions = 300;
        int warmup = 50;
        int timeout = 240;
        boolean keep = false;
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            switch (arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg) {
                case "--holds" -> holds = Integer.parseInt(value);
                case "--requests" -> requests = Integer.parseInt(value);
                case "--decisions" -> decisions = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--timeout" -> timeout = Integer.parseInt(value);
                case "--keep-data" -> keep = true;
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        Path dataDir = Files.createTempDirectory("dockcheck-bench-approval-");
        ApprovalReport report = new ApprovalReport(holds);
        int left;
        try (Launcher launcher = Launcher.start(Launcher.repoRoot(), dataDir, Duration.ofSeconds(timeout),
                Launcher.SERVICE_JVM)) {
            measure(launcher, report, holds, requests, decisions, warmup);
            left = launcher.stop();
        }
        report.print(left);
        if (!keep && left == 0) {
            DataDirs.delete(dataDir);
        } else {
            System.out.println("data and logs kept in " + dataDir);
        }
    }

    private static void measure(Launcher launcher, ApprovalReport report, int holds, int requests, int decisions,
            int warmup) throws Exception {
        String run = "BA" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        System.out.printf("- inserting %,d holds (and their POs) into %s%n", holds, launcher.jdbcUrl());
        long start = System.nanoTime();
        List<UUID> open = new ArrayList<>(new HoldSeed(launcher.jdbcUrl()).insert(run, holds));
        System.out.printf("    %,d holds (%,d open) in %.1f s%n", holds, open.size(), (System.nanoTime() - start) / 1e9);
        String api = launcher.serviceUrl("approval");
        RestTimer rest = new RestTimer("approver", launcher.credentials().get("approver"));
        System.out.println("- timing requests to " + api + ", one at a time");
        int approvals = Math.min(decisions, open.size() - warmup);
        report.add(rest.time("GET /actuator/health (baseline)", warmup, requests,
                i -> HttpRequestsOf.plain(api + "/actuator/health")), true);
        report.add(rest.time("GET /api/holds (first page)", warmup, requests,
                i -> rest.get(api + "/api/holds").build()), false);
        report.add(rest.time("GET /api/holds?status=OPEN&vendor=..", warmup, requests,
                i -> rest.get(api + "/api/holds?status=OPEN&vendor=" + HoldSeed.vendor(i)).build()), false);
        report.add(rest.time("POST /api/holds/{id}/approve", warmup, approvals,
                i -> rest.post(api + "/api/holds/" + open.get(i) + "/approve", "{\"comment\":\"bench\"}")
                        .header("If-Match", "\"0\"").build()), false);
    }
}
