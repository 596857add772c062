package dev.dockcheck.labelchecker.kafka;

import dev.dockcheck.labelchecker.domain.ShipmentLabels.ConfirmationType;
import dev.dockcheck.labelchecker.domain.Sscc;
import dev.dockcheck.labelchecker.domain.SsccSighting;
import dev.dockcheck.labelchecker.domain.SsccSighting.Source;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;

/**
 * The SSCCs that one ASN or one printed label claims within one bucket, on their way to the
 * registry partition that owns the bucket (the record key, see {@link SsccBuckets}). An ASN's
 * claim names the check it belongs to ({@code checkId}) and how many parts that check's verdict
 * has, so the verdict can be gathered again; a print's claim has no check ({@code checkId} null,
 * {@code expectedParts} 0) and one SSCC.
 */
public record SsccClaim(String checkId, int expectedParts, SsccSighting sighting, List<Claimed> ssccs) {

    /** One SSCC (its 18 digits) and where the ASN has it; null digits only in a version-1 claim. */
    public record Claimed(String digits, String path) {
    }

    public SsccClaim {
        ssccs = List.copyOf(ssccs);
    }

    static SsccClaim ofPrint(Sscc sscc, SsccSighting sighting) {
        return new SsccClaim(null, 0, sighting, List.of(new Claimed(sscc.digits(), "label")));
    }

    public boolean fromAsn() {
        return checkId != null;
    }

    static final Serde<SsccClaim> SERDE = BinaryCodec.serde((byte) 2, SsccClaim::write,
            Map.of((byte) 2, SsccClaim::read, (byte) 1, FormatVersion1::claim));

    static final Serde<SsccSighting> SIGHTING_SERDE = BinaryCodec.serde((byte) 2, SsccClaim::writeSighting,
            Map.of((byte) 2, SsccClaim::readSighting, (byte) 1, FormatVersion1::sighting));

    private static void write(SsccClaim claim, DataOutputStream out) throws IOException {
        BinaryCodec.writeNullable(claim.checkId, out);
        out.writeInt(claim.expectedParts);
        writeSighting(claim.sighting, out);
        BinaryCodec.writeSize(claim.ssccs.size(), out);
        for (Claimed sscc : claim.ssccs) {
            BinaryCodec.writeString(sscc.digits(), out);
            BinaryCodec.writeString(sscc.path(), out);
        }
    }

    private static SsccClaim read(DataInputStream in) throws IOException {
        String checkId = BinaryCodec.readNullable(in);
        int expectedParts = in.readInt();
        SsccSighting sighting = readSighting(in);
        int size = BinaryCodec.readSize(in);
        List<Claimed> ssccs = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            ssccs.add(new Claimed(BinaryCodec.readString(in), BinaryCodec.readString(in)));
        }
        return new SsccClaim(checkId, expectedParts, sighting, ssccs);
    }

    private static void writeSighting(SsccSighting s, DataOutputStream out) throws IOException {
        BinaryCodec.writeString(s.shipmentId(), out);
        out.writeLong(s.usedAt().toEpochMilli());
        out.writeByte(s.source().ordinal());
        out.writeByte(s.confirmationType().ordinal());
        out.writeLong(s.fingerprint());
        BinaryCodec.writeStrings(s.purchaseOrders(), out);
    }

    private static SsccSighting readSighting(DataInputStream in) throws IOException {
        return new SsccSighting(BinaryCodec.readString(in), Instant.ofEpochMilli(in.readLong()),
                Source.values()[in.readByte()], ConfirmationType.values()[in.readByte()], in.readLong(),
                BinaryCodec.readStrings(in));
    }
}
