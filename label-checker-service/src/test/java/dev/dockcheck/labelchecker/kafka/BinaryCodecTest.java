package dev.dockcheck.labelchecker.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockcheck.labelchecker.domain.Finding;
import dev.dockcheck.labelchecker.domain.Severity;
import dev.dockcheck.labelchecker.domain.ShipmentLabels.ConfirmationType;
import dev.dockcheck.labelchecker.domain.SsccSighting;
import dev.dockcheck.labelchecker.domain.SsccSighting.Source;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BinaryCodecTest {

    static final String THREE_MIB = "9".repeat(3 * 1024 * 1024 - 2) + "\u200D"; // beyond writeUTF's 64 KiB
    static final SsccSighting SIGHTING = new SsccSighting("S1", Instant.parse("2026-03-01T10:00:00Z"), Source.ASN,
            ConfirmationType.ORIGINAL, 42L, List.of("PO000001", "PO000002"));

    static <T> T roundTrip(org.apache.kafka.common.serialization.Serde<T> serde, T value) {
        return serde.deserializer().deserialize("t", serde.serializer().serialize("t", value));
    }

    @Nested
    class LongStrings {

        @Test
        void carriesAVerdictPartWithSeveralMegabyteStrings() {
            var finding = new Finding("SSCC_MALFORMED", Severity.FAIL, "m", THREE_MIB, null, "x");
            var part = new VerdictPart(THREE_MIB + "/shipment-confirmations-0@1", 2, 1, THREE_MIB,
                    List.of(THREE_MIB), List.of(finding));

            assertThat(roundTrip(VerdictPart.SERDE, part)).isEqualTo(part);
        }

        @Test
        void carriesAClaimOfAShipmentWithASeveralMegabyteIdentifier() {
            var sighting = new SsccSighting(THREE_MIB, SIGHTING.usedAt(), Source.ASN, ConfirmationType.REPLACE, 7L, List.of());
            var claim = new SsccClaim("c", 3, sighting, List.of(new SsccClaim.Claimed("123456789012345675", "cartons[0]")));

            assertThat(roundTrip(SsccClaim.SERDE, claim)).isEqualTo(claim);
            assertThat(roundTrip(SsccClaim.SIGHTING_SERDE, sighting)).isEqualTo(sighting);
        }

        @Test
        void refusesASizeBeyondTheBytesThatFollow() {
            byte[] bytes = {2, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F, 'a'};

            assertThatThrownBy(() -> SsccClaim.SIGHTING_SERDE.deserializer().deserialize("t", bytes))
                    .hasMessageContaining("exceeds the 1 bytes left");
        }
    }

    /** What a store or repartition topic may still hold from before an upgrade. */
    @Nested
    class VersionOne {

        @Test
        void readsARegistrySightingWrittenWithWriteUtf() throws IOException {
            var bytes = new ByteArrayOutputStream();
            var out = new DataOutputStream(bytes);
            out.writeByte(1);
            writeSightingV1(out);

            assertThat(SsccClaim.SIGHTING_SERDE.deserializer().deserialize("t", bytes.toByteArray())).isEqualTo(SIGHTING);
        }

        @Test
        void readsAClaimKeyedByItsSsccAsAClaimOfThatOneSscc() throws IOException {
            var bytes = new ByteArrayOutputStream();
            var out = new DataOutputStream(bytes);
            out.writeByte(1);
            out.writeBoolean(true);
            out.writeUTF("S1/shipment-confirmations-0@7");
            out.writeInt(3);
            out.writeBoolean(true);
            out.writeUTF("cartons[1].identifiers[0]");
            writeSightingV1(out);

            var claim = SsccClaim.SERDE.deserializer().deserialize("t", bytes.toByteArray());

            assertThat(claim).isEqualTo(new SsccClaim("S1/shipment-confirmations-0@7", 3, SIGHTING,
                    List.of(new SsccClaim.Claimed(null, "cartons[1].identifiers[0]"))));
        }

        @Test
        void readsAVerdictPartWrittenWithWriteUtf() throws IOException {
            var bytes = new ByteArrayOutputStream();
            var out = new DataOutputStream(bytes);
            out.writeByte(1);
            out.writeUTF("S1/c");
            out.writeInt(3);
            out.writeInt(1);
            out.writeUTF("S1");
            out.writeShort(0);
            out.writeShort(1);
            out.writeUTF("SSCC_REUSED");
            out.writeByte(Severity.FAIL.ordinal());
            out.writeUTF("reused");
            out.writeBoolean(true);
            out.writeUTF("cartons[0]");
            out.writeBoolean(false);
            out.writeBoolean(false);

            assertThat(VerdictPart.SERDE.deserializer().deserialize("t", bytes.toByteArray())).isEqualTo(new VerdictPart(
                    "S1/c", 3, 1, "S1", List.of(), List.of(new Finding("SSCC_REUSED", Severity.FAIL, "reused", "cartons[0]", null, null))));
        }

        private static void writeSightingV1(DataOutputStream out) throws IOException {
            out.writeUTF("S1");
            out.writeLong(SIGHTING.usedAt().toEpochMilli());
            out.writeByte(Source.ASN.ordinal());
            out.writeByte(ConfirmationType.ORIGINAL.ordinal());
            out.writeLong(42L);
            out.writeShort(2);
            out.writeUTF("PO000001");
            out.writeUTF("PO000002");
        }
    }
}
