package dev.dockcheck.labelchecker.kafka;

import dev.dockcheck.events.LabelPrinted;
import dev.dockcheck.labelchecker.domain.Sscc;
import dev.dockcheck.labelchecker.domain.SsccSighting;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Turns a printed label into its claim (one SSCC) and says where it is to be registered.
 * {@code labels.printed} is keyed by SSCC, and {@link SsccBuckets} places an SSCC as Kafka's default
 * partitioner places its 18 digits as a key; so a print read from the partition numbered like its
 * SSCC's bucket is already in the task that reads that partition of the claims repartition and holds
 * the SSCC's registry entry, and is registered there without a second write. Any other print (a key
 * in another form, a producer with another partitioner, a topic with fewer or more partitions than
 * buckets) is sent through the claims repartition, as before. A print that cannot be checked
 * ({@link UncheckableRecords}) is refused before anything is forwarded.
 */
class PrintClaims implements FixedKeyProcessor<String, LabelPrinted, PrintClaims.Routed> {

    /** A print's claim, the key of its bucket, and whether it is already on its bucket's partition. */
    record Routed(String bucketKey, SsccClaim claim, boolean inPlace) {
    }

    private final SsccBuckets buckets;
    private final SsccMetrics metrics;
    private FixedKeyProcessorContext<String, Routed> context;

    PrintClaims(SsccBuckets buckets, SsccMetrics metrics) {
        this.buckets = buckets;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Routed> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, LabelPrinted> record) {
        LabelPrinted printed = record.value();
        Sscc sscc = UncheckableRecords.printedSscc(printed);
        var sighting = SsccSighting.ofPrint(printed.getShipmentId().strip(), printed.getPrintedAt());
        boolean inPlace = context.recordMetadata().map(RecordMetadata::partition)
                .filter(partition -> buckets.of(sscc) == partition).isPresent();
        metrics.printRouted(inPlace);
        context.forward(record.withValue(new Routed(buckets.key(sscc), SsccClaim.ofPrint(sscc, sighting), inPlace)));
    }
}
