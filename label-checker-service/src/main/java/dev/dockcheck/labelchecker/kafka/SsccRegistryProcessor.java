package dev.dockcheck.labelchecker.kafka;

import dev.dockcheck.labelchecker.domain.Finding;
import dev.dockcheck.labelchecker.domain.Sscc;
import dev.dockcheck.labelchecker.domain.SsccReuse;
import dev.dockcheck.labelchecker.domain.SsccSighting;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry of seen SSCCs: a RocksDB store keyed by SSCC (with a changelog), on the partition
 * that owns the SSCC's bucket, so that every claim on one SSCC meets every earlier one whichever
 * instance and input partition it came from. It judges each SSCC of a claim with
 * {@link SsccReuse}, keeps the sighting the rule says to keep, and answers an ASN's claim (all its
 * SSCCs of one bucket) with one verdict part.
 */
public class SsccRegistryProcessor implements Processor<String, SsccClaim, String, VerdictPart> {

    public static final String STORE = "sscc-registry";
    private static final Logger log = LoggerFactory.getLogger(SsccRegistryProcessor.class);

    private final RegistryTuning tuning;
    private final SsccMetrics metrics;
    private final Clock clock;
    private ProcessorContext<String, VerdictPart> context;
    private KeyValueStore<String, SsccSighting> store;
    private long latestUse = Long.MIN_VALUE;
    private String sweepFrom;

    public SsccRegistryProcessor(RegistryTuning tuning, SsccMetrics metrics, Clock clock) {
        this.tuning = tuning;
        this.metrics = metrics;
        this.clock = clock;
    }

    public static StoreBuilder<KeyValueStore<String, SsccSighting>> storeBuilder() {
        return storeBuilder(SsccClaim.SIGHTING_SERDE);
    }

    /** The store with {@code sightings} as its value serde: the topology's holds them to the record size limit. */
    static StoreBuilder<KeyValueStore<String, SsccSighting>> storeBuilder(Serde<SsccSighting> sightings) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), sightings);
    }

    @Override
    public void init(ProcessorContext<String, VerdictPart> context) {
        this.context = context;
        this.store = context.getStateStore(STORE);
        context.schedule(tuning.sweepInterval(), PunctuationType.WALL_CLOCK_TIME, now -> sweep());
    }

    @Override
    public void process(Record<String, SsccClaim> record) {
        SsccClaim claim = record.value();
        List<Finding> findings = new ArrayList<>();
        for (SsccClaim.Claimed claimed : claim.ssccs()) {
            // a version-1 claim, from before an upgrade, is keyed by its one SSCC
            String digits = claimed.digits() != null ? claimed.digits() : record.key();
            judge(digits, claimed.path(), claim).ifPresent(findings::add);
        }
        latestUse = Math.max(latestUse, claim.sighting().usedAt().toEpochMilli());
        if (claim.fromAsn()) {
            context.forward(record.withKey(claim.checkId()).withValue(new VerdictPart(claim.checkId(),
                    claim.expectedParts(), 1, claim.sighting().shipmentId(), List.of(), findings)));
        }
    }

    private Optional<Finding> judge(String digits, String path, SsccClaim claim) {
        SsccSighting previous = store.get(digits);
        SsccReuse.Judgement judgement = SsccReuse.judge(new Sscc(digits), claim.sighting(), previous, tuning.window(), path);
        if (judgement.keep() != previous) {
            store.put(digits, judgement.keep());
        }
        judgement.finding().ifPresent(finding -> reported(claim, finding));
        return judgement.finding();
    }

    private void reported(SsccClaim claim, Finding finding) {
        String source = claim.fromAsn() ? "asn" : "print";
        metrics.reuse(source);
        log.warn("SSCC reuse caught on {} of shipment {}: {}", source, claim.sighting().shipmentId(), finding.message());
    }

    /** Drops sightings older than the window, counted back from the latest use seen (never from the future). */
    void sweep() {
        if (latestUse == Long.MIN_VALUE) {
            return;
        }
        long horizon = Math.min(latestUse, clock.millis()) - tuning.window().toMillis();
        long expired = 0;
        int seen = 0;
        try (KeyValueIterator<String, SsccSighting> entries = store.range(sweepFrom, null)) {
            while (entries.hasNext() && seen++ < tuning.sweepBatch()) {
                KeyValue<String, SsccSighting> entry = entries.next();
                if (entry.value.usedAt().toEpochMilli() < horizon) {
                    store.delete(entry.key);
                    expired++;
                }
            }
            sweepFrom = entries.hasNext() ? entries.peekNextKey() : null;
        }
        metrics.expired(expired);
    }
}
