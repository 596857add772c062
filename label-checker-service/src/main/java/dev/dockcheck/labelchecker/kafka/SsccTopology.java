package dev.dockcheck.labelchecker.kafka;

import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.kafka.AvroSerdes;
import dev.dockcheck.kafka.SizeLimitedSerdes;
import dev.dockcheck.labelchecker.domain.LabelSettings;
import dev.dockcheck.labelchecker.domain.ShipmentVerdict;
import dev.dockcheck.labelchecker.domain.SsccSighting;
import dev.dockcheck.labelchecker.domain.SsccValidity;
import dev.dockcheck.labelchecker.kafka.CheckStart.Started;
import dev.dockcheck.labelchecker.kafka.PrintClaims.Routed;
import dev.dockcheck.schemas.Topics;
import dev.dockcheck.schemas.Topics.Topic;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The SSCC check as a scatter-gather over two repartitions:
 * <ol>
 *   <li>each ASN gets a check id and its validity findings (one verdict part), and scatters one
 *       claim per {@link SsccBuckets bucket} that holds any of its SSCCs, each carrying how many
 *       parts the verdict will have; a printed label is one claim of one SSCC ({@link PrintClaims});</li>
 *   <li>claims are repartitioned by bucket ({@code <app>-sscc-claims-repartition}, one partition
 *       per bucket) to the {@link SsccRegistryProcessor} that owns their SSCCs, which answers each
 *       ASN claim with one part; a print already read from its bucket's partition of
 *       {@code labels.printed} skips the repartition, since that processor's task reads it too;</li>
 *   <li>parts are repartitioned by check id ({@code <app>-sscc-verdict-parts-repartition}) and
 *       {@link VerdictGather}ed until all have come;</li>
 *   <li>the whole verdict becomes one {@code CheckCompleted} per PO of the shipment.</li>
 * </ol>
 * An input record that cannot be checked ({@link UncheckableRecords}) is refused with an
 * {@code UnprocessableRecordException}, and one whose claim, part or store value would exceed the
 * record size limit fails while serialising ({@link SizeLimitedSerdes}); pipeline-kafka's Streams
 * handlers send either to its input's {@code -dlt} topic and the task goes on.
 */
@Component
public class SsccTopology {

    private static final Logger log = LoggerFactory.getLogger(SsccTopology.class);

    private final AvroSerdes serdes;
    private final SizeLimitedSerdes limit;
    private final LabelSettings settings;
    private final RegistryTuning tuning;
    private final SsccBuckets buckets;
    private final SsccMetrics metrics;
    private final Clock clock;

    public SsccTopology(AvroSerdes serdes, SizeLimitedSerdes limit, LabelSettings settings, RegistryTuning tuning,
            SsccBuckets buckets, SsccMetrics metrics, Clock clock) {
        this.serdes = serdes;
        this.limit = limit;
        this.settings = settings;
        this.tuning = tuning;
        this.buckets = buckets;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Autowired
    public void build(StreamsBuilder builder) {
        builder.addStateStore(SsccRegistryProcessor.storeBuilder(limit.guard(SsccClaim.SIGHTING_SERDE)));
        builder.addStateStore(VerdictGather.storeBuilder(limit.guard(VerdictPart.SERDE)));
        KStream<String, Started> started = input(builder, Topics.SHIPMENT_CONFIRMATIONS)
                .processValues(() -> new CheckStart(buckets));
        Map<String, KStream<String, Routed>> prints = input(builder, Topics.LABELS_PRINTED)
                .processValues(() -> new PrintClaims(buckets, metrics))
                .split(Named.as("prints-"))
                .branch((key, print) -> print.inPlace(), Branched.as("in-place"))
                .defaultBranch(Branched.as("elsewhere"));
        KStream<String, SsccClaim> claims = started.flatMap((key, check) -> asnClaims(check))
                .merge(prints.get("prints-elsewhere").map((key, print) -> KeyValue.pair(print.bucketKey(), print.claim())))
                .repartition(Repartitioned.with(Serdes.String(), limit.guard(SsccClaim.SERDE)).withName("sscc-claims")
                        .withNumberOfPartitions(buckets.count()).withStreamPartitioner(buckets.partitioner()))
                // same sub-topology as the claims repartition: task b reads partition b of both
                .merge(prints.get("prints-in-place").mapValues(Routed::claim));
        started.map((key, check) -> KeyValue.pair(check.checkId(), validityPart(check)))
                .merge(claims.process(() -> new SsccRegistryProcessor(tuning, metrics, clock), SsccRegistryProcessor.STORE))
                .repartition(Repartitioned.with(Serdes.String(), limit.guard(VerdictPart.SERDE))
                        .withName("sscc-verdict-parts"))
                .process(VerdictGather::new, VerdictGather.STORE)
                .flatMap((shipmentId, verdict) -> perPurchaseOrder(verdict))
                .to(Topics.CHECK_RESULTS.name(),
                        Produced.with(Serdes.String(), serdes.valueSerde(CheckCompleted.class)));
    }

    private <V extends SpecificRecord> KStream<String, V> input(StreamsBuilder builder, Topic<V> topic) {
        return builder.stream(topic.name(), Consumed.with(Serdes.String(), serdes.valueSerde(topic.valueType())));
    }

    private static List<KeyValue<String, SsccClaim>> asnClaims(Started check) {
        SsccSighting sighting = SsccSighting.ofAsn(check.shipment());
        return check.claimsByBucket().entrySet().stream().map(bucket -> KeyValue.pair(bucket.getKey(),
                new SsccClaim(check.checkId(), check.expectedParts(), sighting, bucket.getValue()))).toList();
    }

    private VerdictPart validityPart(Started check) {
        var shipment = check.shipment();
        return new VerdictPart(check.checkId(), check.expectedParts(), 1, shipment.shipmentId(),
                shipment.purchaseOrders(), SsccValidity.check(shipment, settings));
    }

    private List<KeyValue<String, CheckCompleted>> perPurchaseOrder(ShipmentVerdict verdict) {
        if (verdict.purchaseOrders().isEmpty()) {
            metrics.unattributed();
            log.warn("ASN {} names no purchase order; its SSCC verdict {} is not published: {}",
                    verdict.shipmentId(), verdict.outcome(), verdict.findings());
            return List.of();
        }
        return verdict.purchaseOrders().stream().map(po -> {
            metrics.checked(verdict.outcome());
            return KeyValue.pair(po, CheckResults.of(verdict, po, clock.instant()));
        }).toList();
    }
}
