package dev.dockcheck.labelchecker.kafka;

import dev.dockcheck.events.LabelPrinted;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.labelchecker.domain.Sscc;
import java.time.Instant;

/** Avro test data for the integration tests in the parent package. */
public final class ItFixtures {

    private ItFixtures() {
    }

    /** A valid SSCC in element-string form ({@code 00} + 18 digits) with this serial. */
    public static String sscc(long serial) {
        return TopologyFixture.sscc(serial);
    }

    /** The 18 digits of an SSCC: the key its print is sent with. */
    public static String digits(String sscc) {
        return TopologyFixture.digits(sscc);
    }

    /** The SSCC's bucket among {@code count}: the partition of the claims repartition that registers it. */
    public static int bucket(String sscc, int count) {
        return new SsccBuckets(count).of(Sscc.parse(sscc).orElseThrow());
    }

    public static LabelPrinted printed(String sscc, String shipmentId) {
        return ShipmentFixtures.printed(sscc, shipmentId);
    }

    public static ShipmentConfirmed asn(String shipmentId, String po, String... cartonSsccs) {
        return ShipmentFixtures.asn(shipmentId, po, Instant.now().toString(), cartonSsccs);
    }
}
