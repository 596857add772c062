package dev.dockcheck.labelchecker.kafka;

import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.labelchecker.domain.ShipmentLabels;
import dev.dockcheck.labelchecker.domain.SsccValidity;
import dev.dockcheck.labelchecker.kafka.SsccClaim.Claimed;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Starts the check of one ASN: reads its labels, groups the SSCCs it claims by bucket, and names
 * the check after the ASN record's input partition and offset, which stay the same when
 * exactly-once processing replays it, and differ between two ASNs with the same shipment identifier.
 * An ASN that cannot be checked ({@link UncheckableRecords}) is refused before anything is forwarded.
 */
class CheckStart implements FixedKeyProcessor<String, ShipmentConfirmed, CheckStart.Started> {

    /** A check under way: its claims by bucket key; its verdict has one part per bucket plus the validity part. */
    record Started(String checkId, ShipmentLabels shipment, Map<String, List<Claimed>> claimsByBucket) {

        int expectedParts() {
            return claimsByBucket.size() + 1;
        }
    }

    private final SsccBuckets buckets;
    private FixedKeyProcessorContext<String, Started> context;

    CheckStart(SsccBuckets buckets) {
        this.buckets = buckets;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Started> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, ShipmentConfirmed> record) {
        ShipmentLabels shipment = ShipmentLabelsMapper.toDomain(UncheckableRecords.checkable(record.value()));
        String origin = context.recordMetadata()
                .map(m -> m.topic() + "-" + m.partition() + "@" + m.offset())
                .orElseThrow(() -> new IllegalStateException("an ASN record without its topic, partition and offset"));
        context.forward(record.withValue(new Started(shipment.shipmentId() + "/" + origin, shipment,
                buckets.group(SsccValidity.claimed(shipment)))));
    }
}
