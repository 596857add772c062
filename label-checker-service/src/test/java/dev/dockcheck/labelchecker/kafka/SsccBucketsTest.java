package dev.dockcheck.labelchecker.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockcheck.labelchecker.domain.Sscc;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SsccBucketsTest {

    static Sscc sscc(long serial) {
        return Sscc.parse(TopologyFixture.sscc(serial)).orElseThrow();
    }

    @Nested
    class Placement {

        @Test
        void putsAnSsccOnThePartitionThatKafkaGaveItWhenTheSsccWasTheKey() {
            SsccBuckets buckets = new SsccBuckets(6);

            IntStream.range(0, 500).mapToObj(SsccBucketsTest::sscc).forEach(sscc -> assertThat(buckets.of(sscc))
                    .isEqualTo(BuiltInPartitioner.partitionForKey(sscc.digits().getBytes(StandardCharsets.UTF_8), 6)));
        }

        @Test
        void sendsAClaimToThePartitionOfItsBucket() {
            SsccBuckets buckets = new SsccBuckets(6);
            Sscc sscc = sscc(42);

            assertThat(buckets.partitioner().partitions("t", buckets.key(sscc), null, 6))
                    .isEqualTo(Optional.of(Set.of(buckets.of(sscc))));
        }

        @Test
        void refusesZeroBuckets() {
            assertThatThrownBy(() -> new SsccBuckets(0)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Grouping {

        @Test
        void groupsAnAsnsSsccsByBucketKeepingWhereEachIs() {
            SsccBuckets buckets = new SsccBuckets(3);
            Map<Sscc, String> claimed = new LinkedHashMap<>();
            IntStream.range(0, 30).forEach(i -> claimed.put(sscc(i), "cartons[" + i + "].identifiers[0]"));

            var groups = buckets.group(claimed);

            assertThat(groups).containsOnlyKeys("0", "1", "2");
            assertThat(groups.values().stream().mapToInt(java.util.List::size).sum()).isEqualTo(30);
            groups.forEach((key, ssccs) -> ssccs.forEach(c -> {
                assertThat(buckets.key(new Sscc(c.digits()))).isEqualTo(key);
                assertThat(claimed.get(new Sscc(c.digits()))).isEqualTo(c.path());
            }));
        }
    }
}
