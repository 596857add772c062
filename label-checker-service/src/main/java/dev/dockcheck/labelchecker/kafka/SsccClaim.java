package dev.dockcheck.labelchecker.kafka;

import dev.dockcheck.labelchecker.domain.ShipmentLabels.ConfirmationType;
import dev.dockcheck.labelchecker.domain.SsccSighting;
import dev.dockcheck.labelchecker.domain.SsccSighting.Source;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serde;

/**
 * One SSCC that an ASN or a printed label claims, on its way to the registry partition that owns
 * the SSCC (the record key). An ASN's claim names the check it belongs to ({@code checkId}) and
 * how many parts that check's verdict has, so the verdict can be gathered again; a print's claim
 * has no check ({@code checkId} null, {@code expectedParts} 0).
 */
public record SsccClaim(String checkId, int expectedParts, String path, SsccSighting sighting) {

    public boolean fromAsn() {
        return checkId != null;
    }

    static final Serde<SsccClaim> SERDE = BinaryCodec.serde((byte) 1, SsccClaim::write, SsccClaim::read);

    static final Serde<SsccSighting> SIGHTING_SERDE =
            BinaryCodec.serde((byte) 1, SsccClaim::writeSighting, SsccClaim::readSighting);

    private static void write(SsccClaim claim, DataOutputStream out) throws IOException {
        BinaryCodec.writeNullable(claim.checkId, out);
        out.writeInt(claim.expectedParts);
        BinaryCodec.writeNullable(claim.path, out);
        writeSighting(claim.sighting, out);
    }

    private static SsccClaim read(DataInputStream in) throws IOException {
        return new SsccClaim(BinaryCodec.readNullable(in), in.readInt(), BinaryCodec.readNullable(in),
                readSighting(in));
    }

    private static void writeSighting(SsccSighting s, DataOutputStream out) throws IOException {
        out.writeUTF(s.shipmentId());
        out.writeLong(s.usedAt().toEpochMilli());
        out.writeByte(s.source().ordinal());
        out.writeByte(s.confirmationType().ordinal());
        out.writeLong(s.fingerprint());
        BinaryCodec.writeStrings(s.purchaseOrders(), out);
    }

    private static SsccSighting readSighting(DataInputStream in) throws IOException {
        return new SsccSighting(in.readUTF(), Instant.ofEpochMilli(in.readLong()), Source.values()[in.readByte()],
                ConfirmationType.values()[in.readByte()], in.readLong(), BinaryCodec.readStrings(in));
    }
}
