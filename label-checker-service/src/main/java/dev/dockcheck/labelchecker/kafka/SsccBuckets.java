package dev.dockcheck.labelchecker.kafka;

import dev.dockcheck.labelchecker.domain.Sscc;
import dev.dockcheck.labelchecker.kafka.SsccClaim.Claimed;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Which of {@code count} buckets owns an SSCC: bucket b is partition b of the claims repartition
 * topic, so the registry entry of an SSCC always lives on one partition, whichever ASN or print
 * claims it. The function is Kafka's own default partitioning of the SSCC's 18 digits
 * (murmur2 of the UTF-8 key), so with {@code count} equal to the topic's former partition count
 * the registry stays where it was. Changing {@code count} moves SSCCs to other partitions: the
 * application's state must then be reset (the registry starts empty).
 */
public record SsccBuckets(int count) {

    public SsccBuckets {
        if (count < 1) {
            throw new IllegalArgumentException("at least one bucket, not " + count);
        }
    }

    int of(Sscc sscc) {
        return Utils.toPositive(Utils.murmur2(sscc.digits().getBytes(StandardCharsets.UTF_8))) % count;
    }

    String key(Sscc sscc) {
        return Integer.toString(of(sscc));
    }

    /** The claimed SSCCs (each with where it is) by bucket key, in bucket order. */
    Map<String, List<Claimed>> group(Map<Sscc, String> claimed) {
        Map<Integer, List<Claimed>> byBucket = new TreeMap<>();
        claimed.forEach((sscc, path) ->
                byBucket.computeIfAbsent(of(sscc), b -> new ArrayList<>()).add(new Claimed(sscc.digits(), path)));
        Map<String, List<Claimed>> byKey = new LinkedHashMap<>();
        byBucket.forEach((bucket, ssccs) -> byKey.put(Integer.toString(bucket), ssccs));
        return byKey;
    }

    /** Sends a claim to the partition of its bucket (the key). */
    StreamPartitioner<String, SsccClaim> partitioner() {
        return (topic, key, claim, partitions) -> Optional.of(Set.of(Integer.parseInt(key) % partitions));
    }
}
