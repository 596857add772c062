package dev.dockcheck.labelchecker.kafka;

import static dev.dockcheck.labelchecker.kafka.TopologyFixture.sscc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dockcheck.labelchecker.domain.Sscc;
import dev.dockcheck.schemas.Topics;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How many records the service writes per order, counted on every topic it writes (internal ones
 * included), for the pipeline benchmark's order: 10 labels printed, then the ASN whose 10 cartons
 * carry them. One claim record per SSCC bucket of the ASN instead of one per SSCC: with 6 buckets
 * these 10 SSCCs take 5, so 6 verdict parts (5 + the validity part) instead of 11, as are the
 * in-flight store's changelog records. A print read from its bucket's partition (keyed by its 18
 * digits, by Kafka's default partitioner) is registered where it is read, so on the pipeline's 6
 * partitions the order writes 5 claim records instead of 15; a print read from any other partition
 * still takes the claims repartition. The test driver reads every input from partition 0.
 */
class BrokerWritesTest {

    static final SsccBuckets BUCKETS = new SsccBuckets(6);

    @TempDir
    Path stateDir;

    TopologyFixture fixture;

    @BeforeEach
    void start() {
        fixture = new TopologyFixture(stateDir, BUCKETS);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void writesOneClaimPerBucketOfTheAsnsSsccsAndOnePerPrintReadFromAnotherPartitionThanItsBucket() {
        List<String> ssccs = IntStream.range(0, 10).mapToObj(i -> sscc(1000 + i)).toList();
        ssccs.forEach(sscc -> fixture.prints.pipeInput(sscc, ShipmentFixtures.printed(sscc, "S1")));
        fixture.send(ShipmentFixtures.asn("S1", "PO000001", "2026-03-02T10:00:00Z", ssccs.toArray(String[]::new)));
        long buckets = ssccs.stream().map(s -> BUCKETS.of(Sscc.parse(s).orElseThrow())).distinct().count();
        long onPartitionZero = ssccs.stream().filter(s -> BUCKETS.of(Sscc.parse(s).orElseThrow()) == 0).count();

        Map<String, Integer> written = fixture.written();

        System.out.println("records written for 10 prints and one ASN of 10 cartons: " + written);
        assertThat(buckets).isEqualTo(5);
        assertThat(onPartitionZero).isEqualTo(4);
        assertThat(written).containsEntry("sscc-claims-repartition", 6 + 5)
                .containsEntry("sscc-verdict-parts-repartition", 5 + 1)
                .containsEntry("sscc-verdicts-in-flight-changelog", 5 + 1)
                .containsEntry(Topics.CHECK_RESULTS.name(), 1);
        assertThat(fixture.counter("po.checks", "check", "SSCC", "outcome", "PASS")).isEqualTo(1.0);
        assertThat(fixture.counter("po.sscc.prints", "route", "repartitioned")).isEqualTo(6.0);
        assertThat(fixture.counter("po.sscc.prints", "route", "in_place")).isEqualTo(4.0);
    }

    @Test
    void writesNoClaimForAPrintReadFromItsBucketsPartition() {
        fixture.close();
        SsccBuckets one = new SsccBuckets(1); // every SSCC in bucket 0, the driver's only partition
        fixture = new TopologyFixture(stateDir.resolve("one-bucket"), one);
        List<String> ssccs = IntStream.range(0, 10).mapToObj(i -> sscc(1000 + i)).toList();
        ssccs.forEach(sscc -> fixture.prints.pipeInput(TopologyFixture.digits(sscc), ShipmentFixtures.printed(sscc, "S1")));
        fixture.send(ShipmentFixtures.asn("S1", "PO000001", "2026-03-02T10:00:00Z", ssccs.toArray(String[]::new)));

        Map<String, Integer> written = fixture.written();

        System.out.println("records written for 10 prints read in place and one ASN of 10 cartons, one bucket: " + written);
        assertThat(written).containsEntry("sscc-claims-repartition", 1)
                .containsEntry("sscc-verdict-parts-repartition", 1 + 1)
                .containsEntry(Topics.CHECK_RESULTS.name(), 1);
        assertThat(fixture.counter("po.sscc.prints", "route", "in_place")).isEqualTo(10.0);
        assertThat(fixture.counter("po.checks", "check", "SSCC", "outcome", "PASS")).isEqualTo(1.0);
    }

    @Test
    void writesOneClaimAndTwoVerdictPartsForAnAsnWhoseSsccsShareABucket() {
        List<String> sameBucket = IntStream.range(0, 2000).mapToObj(TopologyFixture::sscc)
                .filter(s -> BUCKETS.of(Sscc.parse(s).orElseThrow()) == 3).limit(10).toList();
        fixture.send(ShipmentFixtures.asn("S1", "PO000001", "2026-03-02T10:00:00Z", sameBucket.toArray(String[]::new)));

        assertThat(fixture.written()).containsEntry("sscc-claims-repartition", 1)
                .containsEntry("sscc-verdict-parts-repartition", 2)
                .containsEntry(Topics.CHECK_RESULTS.name(), 1);
    }
}
