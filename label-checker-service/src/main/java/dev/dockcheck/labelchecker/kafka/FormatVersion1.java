package dev.dockcheck.labelchecker.kafka;

import dev.dockcheck.labelchecker.domain.Finding;
import dev.dockcheck.labelchecker.domain.Severity;
import dev.dockcheck.labelchecker.domain.ShipmentLabels.ConfirmationType;
import dev.dockcheck.labelchecker.domain.SsccSighting;
import dev.dockcheck.labelchecker.domain.SsccSighting.Source;
import java.io.DataInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the version-1 formats ({@code DataOutput.writeUTF} strings, 16-bit list sizes), which
 * are never written any more but may still be in the registry store and its changelog, the
 * in-flight store, and the two repartition topics after an upgrade. A version-1 claim was keyed
 * by its SSCC and claimed only that one, so its SSCC is left null here, to be taken from the key.
 */
final class FormatVersion1 {

    private FormatVersion1() {
    }

    static SsccSighting sighting(DataInputStream in) throws IOException {
        return new SsccSighting(in.readUTF(), Instant.ofEpochMilli(in.readLong()), Source.values()[in.readByte()],
                ConfirmationType.values()[in.readByte()], in.readLong(), strings(in));
    }

    static SsccClaim claim(DataInputStream in) throws IOException {
        String checkId = nullable(in);
        int expectedParts = in.readInt();
        String path = nullable(in);
        return new SsccClaim(checkId, expectedParts, sighting(in), List.of(new SsccClaim.Claimed(null, path)));
    }

    static VerdictPart verdictPart(DataInputStream in) throws IOException {
        return new VerdictPart(in.readUTF(), in.readInt(), in.readInt(), in.readUTF(), strings(in), findings(in));
    }

    private static String nullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int size = in.readUnsignedShort();
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(in.readUTF());
        }
        return values;
    }

    private static List<Finding> findings(DataInputStream in) throws IOException {
        int size = in.readUnsignedShort();
        List<Finding> findings = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            findings.add(new Finding(in.readUTF(), Severity.values()[in.readByte()], in.readUTF(),
                    nullable(in), nullable(in), nullable(in)));
        }
        return findings;
    }
}
