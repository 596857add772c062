package dev.dockcheck.labelchecker.kafka;

import dev.dockcheck.labelchecker.domain.Finding;
import dev.dockcheck.labelchecker.domain.ShipmentVerdict;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;

/**
 * A piece of one ASN's SSCC verdict, keyed by its check id: the validity findings (the part that
 * also carries the purchase orders), or the registry findings on the ASN's SSCCs of one bucket.
 * Each part says how many parts the verdict has; {@code parts} counts how many this one stands
 * for, so that merged parts are the gather step's accumulator too.
 */
public record VerdictPart(String checkId, int expectedParts, int parts, String shipmentId,
        List<String> purchaseOrders, List<Finding> findings) {

    static final Serde<VerdictPart> SERDE = BinaryCodec.serde((byte) 2, VerdictPart::write,
            Map.of((byte) 2, VerdictPart::read, (byte) 1, FormatVersion1::verdictPart));

    VerdictPart merge(VerdictPart other) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(other.findings);
        List<String> orders = purchaseOrders.isEmpty() ? other.purchaseOrders : purchaseOrders;
        return new VerdictPart(checkId, expectedParts, parts + other.parts, shipmentId, orders, all);
    }

    boolean complete() {
        return parts >= expectedParts;
    }

    ShipmentVerdict verdict() {
        return new ShipmentVerdict(shipmentId, purchaseOrders, findings);
    }

    private static void write(VerdictPart part, DataOutputStream out) throws IOException {
        BinaryCodec.writeString(part.checkId, out);
        out.writeInt(part.expectedParts);
        out.writeInt(part.parts);
        BinaryCodec.writeString(part.shipmentId, out);
        BinaryCodec.writeStrings(part.purchaseOrders, out);
        BinaryCodec.writeFindings(part.findings, out);
    }

    private static VerdictPart read(DataInputStream in) throws IOException {
        return new VerdictPart(BinaryCodec.readString(in), in.readInt(), in.readInt(), BinaryCodec.readString(in),
                BinaryCodec.readStrings(in), BinaryCodec.readFindings(in));
    }
}
