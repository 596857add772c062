package dev.dockcheck.bench.sscc;

import dev.dockcheck.bench.Benchmark;
import dev.dockcheck.bench.pipeline.DataDirs;
import dev.dockcheck.labelchecker.domain.SsccSighting;
import dev.dockcheck.labelchecker.kafka.RegistryTuning;
import dev.dockcheck.labelchecker.kafka.SsccClaim;
import dev.dockcheck.labelchecker.kafka.SsccMetrics;
import dev.dockcheck.labelchecker.kafka.SsccRegistryProcessor;
import dev.dockcheck.labelchecker.kafka.VerdictPart;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * {@code sscc-store}: the label checker's SSCC registry (its processor on its RocksDB store, with
 * Kafka Streams' default RocksDB settings) filled with 10 million SSCCs. It measures claims per
 * second on an empty store and again at 10 million, with the same kind of claims (new SSCCs: a
 * miss, then a put), and the time of one registry sweep batch at full size.
 * Options: {@code --size=10000000 --probe=500000 --flush-every=100000 --fill=processor --state-dir=<dir>}; a
 * temporary state directory is deleted at the end, one given with {@code --state-dir} is kept.
 */
public class SsccStoreBenchmark implements Benchmark {

    @Override
    public String name() {
        return "sscc-store";
    }

    @Override
    public String description() {
        return "SSCC registry processor + RocksDB store: claims/s on an empty store vs at 10 M SSCCs (>= 80%)";
    }

    @Override
    public void run(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path stateDir = options.stateDir() != null ? Path.of(options.stateDir())
                : Files.createTempDirectory("sscc-store-bench");
        try {
            measure(options, stateDir);
        } finally {
            if (options.stateDir() == null) {
                DataDirs.delete(stateDir); // about 700 MB at 10 million SSCCs
            }
        }
    }

    private static void measure(Options options, Path stateDir) throws Exception {
        try (Registry warmup = Registry.open(stateDir.resolve("warmup"))) {
            // JIT and RocksDB warm-up on a throwaway store, so the empty-store figure is not a cold start
            new StoreRun(warmup.processor, warmup.store, warmup.context, options.flushEvery(), false)
                    .warmUp(options.probe());
        }
        try (Registry registry = Registry.open(stateDir.resolve("measured"))) {
            var run = new StoreRun(registry.processor, registry.store, registry.context, options.flushEvery(),
                    options.fillThroughProcessor());
            new StoreReport(options, stateDir.resolve("measured")).print(run.measure(options.size(), options.probe()));
        }
    }

    /** The registry processor on its own RocksDB store, as the service builds it but without a changelog. */
    record Registry(SsccRegistryProcessor processor, KeyValueStore<String, SsccSighting> store,
            MockProcessorContext<String, VerdictPart> context) implements AutoCloseable {

        static Registry open(Path dir) {
            Properties config = new Properties();
            config.put(StreamsConfig.APPLICATION_ID_CONFIG, "sscc-store-bench");
            config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
            config.put(StreamsConfig.STATE_DIR_CONFIG, dir.toString());
            var context = new MockProcessorContext<String, VerdictPart>(config, new TaskId(0, 0), dir.toFile());
            // the changelog is one producer send per put whatever the store size; it is left out here
            KeyValueStore<String, SsccSighting> store = SsccRegistryProcessor.storeBuilder().withLoggingDisabled().build();
            store.init(context.getStateStoreContext(), store);
            context.addStateStore(store);
            var tuning = new RegistryTuning(Duration.ofDays(365), Duration.ofHours(1), 100_000);
            var processor = new SsccRegistryProcessor(tuning, new SsccMetrics(new SimpleMeterRegistry()), Clock.systemUTC());
            processor.init(context);
            return new Registry(processor, store, context);
        }

        @Override
        public void close() {
            store.close();
        }
    }

    record Options(long size, long probe, long flushEvery, String stateDir, boolean fillThroughProcessor) {

        static Options parse(String[] args) {
            long size = 10_000_000;
            long probe = 500_000;
            long flushEvery = 100_000;
            String stateDir = null;
            boolean fillThroughProcessor = false;
            for (String arg : args) {
                String value = arg.substring(arg.indexOf('=') + 1);
                if (arg.startsWith("--size=")) {
                    size = Long.parseLong(value);
                } else if (arg.startsWith("--probe=")) {
                    probe = Long.parseLong(value);
                } else if (arg.startsWith("--flush-every=")) {
                    flushEvery = Long.parseLong(value);
                } else if (arg.equals("--fill=processor")) {
                    fillThroughProcessor = true;
                } else if (arg.startsWith("--state-dir=")) {
                    stateDir = value;
                } else {
                    throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            return new Options(size, probe, flushEvery, stateDir, fillThroughProcessor);
        }
    }

    static Record<String, SsccClaim> record(long n) {
        return new Record<>(SsccClaims.sscc(n).digits(), SsccClaims.claim(n), n);
    }
}
