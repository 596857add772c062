package dev.dockcheck.labelchecker.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockcheck.events.Finding;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After an upgrade, claims that the previous version left in the claims repartition topic (one
 * per SSCC, keyed by the SSCC, format version 1) are still registered.
 */
class UpgradeTopologyTest {

    static final String SSCC = "123456789012345675";

    @TempDir
    Path stateDir;

    TopologyFixture fixture;

    @BeforeEach
    void start() {
        fixture = new TopologyFixture(stateDir, new SsccBuckets(6));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    static byte[] versionOnePrintClaim(String shipmentId, Instant printedAt) throws IOException {
        var bytes = new ByteArrayOutputStream();
        var out = new DataOutputStream(bytes);
        out.writeByte(1);
        out.writeBoolean(false); // no check id: a print
        out.writeInt(0);
        out.writeBoolean(true);
        out.writeUTF("label");
        out.writeUTF(shipmentId);
        out.writeLong(printedAt.toEpochMilli());
        out.writeByte(1); // PRINT
        out.writeByte(2); // UNKNOWN
        out.writeLong(0L);
        out.writeShort(0);
        return bytes.toByteArray();
    }

    @Test
    void registersAVersionOneClaimUnderTheSsccItIsKeyedBy() throws IOException {
        fixture.driver.createInputTopic(TopologyFixture.APP + "-sscc-claims-repartition", new StringSerializer(),
                        new ByteArraySerializer())
                .pipeInput(SSCC, versionOnePrintClaim("S1", Instant.parse("2026-03-01T09:00:00Z")));

        fixture.send(ShipmentFixtures.asn("S2", "PO000002", "2026-03-02T10:00:00Z", "00" + SSCC));

        assertThat(fixture.results.readValue().getFindings()).singleElement().satisfies(f -> {
            assertThat(f.getCode()).isEqualTo("SSCC_REUSED");
            assertThat(f.getActual()).startsWith("shipment S1 of");
        });
    }
}
