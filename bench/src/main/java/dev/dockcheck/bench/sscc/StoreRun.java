package dev.dockcheck.bench.sscc;

import dev.dockcheck.labelchecker.domain.SsccSighting;
import dev.dockcheck.labelchecker.kafka.SsccClaim;
import dev.dockcheck.labelchecker.kafka.SsccRegistryProcessor;
import dev.dockcheck.labelchecker.kafka.VerdictPart;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Drives the registry processor: timed slices on the empty store, a fill to the target size, and
 * the same timed slices at full size. Each slice's claims are built before its clock starts, so
 * only the processor and the store are timed. The fill goes straight into the store in write
 * batches (or, with {@code --fill=processor}, through the processor, which takes longer). The store is flushed every {@code flushEvery}
 * claims, as a Kafka Streams commit would.
 */
final class StoreRun {

    static final int SLICES = 5;
    static final long FILL_BLOCK = 1_000_000;
    static final int SETTLE_SECONDS = 20;

    record Slice(long storeSizeBefore, long claims, long nanos) {
        double rate() {
            return claims * 1e9 / nanos;
        }
    }

    record Result(List<Slice> empty, List<Slice> fill, List<Slice> full, long sweepNanos, long entries) {
    }

    private final SsccRegistryProcessor processor;
    private final KeyValueStore<String, SsccSighting> store;
    private final MockProcessorContext<String, VerdictPart> context;
    private final long flushEvery;
    private final boolean fillThroughProcessor;
    private long processed;

    StoreRun(SsccRegistryProcessor processor, KeyValueStore<String, SsccSighting> store,
            MockProcessorContext<String, VerdictPart> context, long flushEvery, boolean fillThroughProcessor) {
        this.processor = processor;
        this.store = store;
        this.context = context;
        this.flushEvery = flushEvery;
        this.fillThroughProcessor = fillThroughProcessor;
    }

    void warmUp(long probe) {
        slices("warmup", 1L << 40, probe);
    }

    Result measure(long size, long probe) {
        List<Slice> empty = slices("empty", 0, probe);
        List<Slice> fill = new ArrayList<>();
        for (long n = probe; n < size; n += FILL_BLOCK) {
            Slice block = fillThroughProcessor ? timed(n, Math.min(FILL_BLOCK, size - n)) : put(n, Math.min(FILL_BLOCK, size - n));
            fill.add(block);
            System.out.printf("fill   %,12d / %,d SSCCs   %,10.0f SSCCs/s   heap used %,5d MB%n",
                    n + block.claims(), size, block.rate(), StoreReport.heapUsedMb());
        }
        // a bulk fill leaves a compaction backlog that a store filled over a year would not have
        System.out.printf("settling %d s for RocksDB compactions after the fill%n", SETTLE_SECONDS);
        try {
            Thread.sleep(SETTLE_SECONDS * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Slice> full = slices("full", size, probe);
        long start = System.nanoTime();
        context.scheduledPunctuators().get(0).getPunctuator().punctuate(System.currentTimeMillis());
        long sweepNanos = System.nanoTime() - start;
        return new Result(empty, fill, full, sweepNanos, store.approximateNumEntries());
    }

    private List<Slice> slices(String label, long from, long probe) {
        List<Slice> slices = new ArrayList<>();
        long each = probe / SLICES;
        for (int i = 0; i < SLICES; i++) {
            Slice slice = timed(from + i * each, each);
            slices.add(slice);
            System.out.printf("%-6s slice %d at %,12d SSCCs   %,10.0f claims/s%n", label, i + 1, slice.storeSizeBefore(), slice.rate());
        }
        return slices;
    }

    /** Fills the store directly, in write batches, with the sightings the processor would have kept. */
    private Slice put(long from, long count) {
        long start = System.nanoTime();
        List<KeyValue<String, SsccSighting>> batch = new ArrayList<>(10_000);
        for (long n = from; n < from + count; n++) {
            batch.add(KeyValue.pair(SsccClaims.sscc(n).digits(), SsccClaims.claim(n).sighting()));
            if (batch.size() == 10_000) {
                store.putAll(batch);
                batch.clear();
            }
        }
        store.putAll(batch);
        store.flush();
        return new Slice(from, count, System.nanoTime() - start);
    }

    private Slice timed(long from, long count) {
        long nanos = 0;
        for (long chunkStart = from; chunkStart < from + count; chunkStart += 100_000) {
            List<Record<String, SsccClaim>> claims = new ArrayList<>();
            for (long n = chunkStart; n < Math.min(chunkStart + 100_000, from + count); n++) {
                claims.add(SsccStoreBenchmark.record(n));
            }
            long start = System.nanoTime();
            for (Record<String, SsccClaim> claim : claims) {
                processor.process(claim);
                if (++processed % flushEvery == 0) {
                    store.flush();
                }
            }
            nanos += System.nanoTime() - start;
            context.resetForwards();
        }
        return new Slice(from, count, nanos);
    }
}
