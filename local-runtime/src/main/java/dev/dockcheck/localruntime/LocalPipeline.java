package dev.dockcheck.localruntime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;

/**
 * {@code ./run-local}: starts the whole pipeline on 127.0.0.1, waits until every part is healthy,
 * prints where everything is, optionally feeds sample data, and runs until Ctrl-C (or SIGTERM),
 * when a shutdown hook stops services, registry, broker and PostgreSQL in that order.
 * See {@link Options#usage()} for the options.
 */
public final class LocalPipeline {

    /** Printed once everything is healthy; tests wait for it. */
    public static final String READY_LINE = "All healthy in ";
    /** Printed after a successful {@code --feed}; tests wait for it. */
    public static final String FED_LINE = "Sample data fed";
    public static final String FEED_FAILED_LINE = "Sample feed FAILED";

    private LocalPipeline() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path repoRoot;
        Options options;
        try {
            repoRoot = RepoRoot.fromWorkingDirectory();
            options = Options.parse(List.of(args), repoRoot);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.usage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(Options.usage());
            return;
        }
        System.setProperty("dockcheck.log.dir", options.dataDir().resolve("logs").toAbsolutePath().toString());
        // initialise logging here, before several threads log at once
        LoggerFactory.getLogger(LocalPipeline.class).info("Starting with {}", options);
        Progress progress = new Progress(System.out, repoRoot);
        LocalStack stack = new LocalStack(options, repoRoot, progress);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            progress.line("Stopping the local pipeline ...");
            stack.close();
            progress.line("Stopped.");
        }, "local-pipeline-shutdown"));

        long start = System.nanoTime();
        progress.line("dockcheck local pipeline: data and logs in " + progress.display(options.dataDir())
                + "; Ctrl-C stops everything");
        try {
            stack.start();
        } catch (Exception e) {
            if (stack.isClosed()) {
                return; // Ctrl-C while starting: the shutdown hook is stopping everything
            }
            progress.line("FAILED: " + e.getMessage());
            if (e instanceof StartupException failure && failure.log() != null) {
                progress.line("---- last lines of " + progress.display(failure.log()) + " ----");
                String tail = LogTail.of(failure.log(), 40);
                progress.line(tail);
                progress.line("----");
                if (tail.contains("Migration checksum mismatch")) {
                    progress.line("Hint: the approval-service's migrations changed since "
                            + progress.display(options.dataDir().resolve("postgres"))
                            + " was created; delete that directory to start with an empty database.");
                }
            }
            System.exit(1);
        }
        progress.line(READY_LINE + Progress.seconds(Progress.since(start)) + ".");
        progress.line("");
        progress.line(stack.statusTable().render());
        if (Files.isRegularFile(stack.credentialsFile())) {
            progress.line("Approval API users (approver, approver2, viewer): passwords in "
                    + progress.display(stack.credentialsFile()));
        }
        progress.line("");
        if (options.feed()) {
            feed(stack, progress);
        }
        progress.line("Running. Ctrl-C stops everything.");
        new CountDownLatch(1).await();
    }

    private static void feed(LocalStack stack, Progress progress) {
        SampleData data = SampleData.create(Instant.now());
        long start = System.nanoTime();
        try {
            int accepted = new SampleFeed(stack.broker().bootstrapServers(), stack.registry().registryUrl(),
                    stack.service(ServiceSpec.PO_INGEST).baseUrl()).send(data, Duration.ofSeconds(30));
            progress.line(FED_LINE + " in " + Progress.seconds(Progress.since(start)) + " (po-ingest accepted "
                    + accepted + " of " + data.allOrders().size() + " POs):");
            for (String line : FeedReport.lines(data)) {
                progress.line("  " + line);
            }
            progress.line("Where to look:");
            progress.line("  " + holdsCommand(stack) + "   # holds: the big PO, and whatever a check did not pass");
            progress.line("  decisions on topic approval-decisions; service logs in " + progress.display(stack.logDir()));
            progress.line("");
        } catch (Exception e) {
            progress.line(FEED_FAILED_LINE + ": " + e);
        }
    }

    /** {@code curl -u viewer:<password> …/api/holds}, with the password the approval-service generated. */
    static String holdsCommand(LocalStack stack) {
        String url = stack.service(ServiceSpec.APPROVAL).baseUrl() + "/api/holds";
        try {
            return Files.readAllLines(stack.credentialsFile()).stream().filter(line -> line.startsWith("viewer:"))
                    .findFirst().map(user -> "curl -u " + user + " " + url).orElse("curl " + url);
        } catch (IOException e) {
            return "curl " + url;
        }
    }
}
