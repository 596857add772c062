package dev.dockcheck.bench.sscc;

import dev.dockcheck.labelchecker.domain.ShipmentLabels.ConfirmationType;
import dev.dockcheck.labelchecker.domain.Sscc;
import dev.dockcheck.labelchecker.domain.SsccSighting;
import dev.dockcheck.labelchecker.kafka.SsccClaim;
import java.time.Instant;
import java.util.List;

/**
 * The n-th SSCC of the workload, and an ASN's claim on it. Serial numbers are spread over the
 * key space by a 64-bit mix (distinct but for about one collision in 2000 runs of 10 million), so
 * consecutive claims hit unrelated RocksDB keys: harder than the mostly sequential serials a real
 * label printer issues. Every 20 SSCCs make one shipment with one PO.
 */
final class SsccClaims {

    private static final long SPACE = 100_000_000_000_000_000L / 10; // 10^17
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private SsccClaims() {
    }

    static Sscc sscc(long n) {
        long spread = Math.floorMod(mix(n), SPACE);
        char[] digits = new char[17];
        for (int i = 16; i >= 0; i--, spread /= 10) {
            digits[i] = (char) ('0' + spread % 10);
        }
        String data = new String(digits);
        Sscc unchecked = new Sscc(data + "0");
        return new Sscc(data + unchecked.expectedCheckDigit());
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    static SsccClaim claim(long n) {
        long shipment = n / 20;
        var sighting = new SsccSighting("SHIP" + shipment, START.plusSeconds(shipment), SsccSighting.Source.ASN,
                ConfirmationType.ORIGINAL, shipment, List.of("PO" + (shipment % 1_000_000)));
        // one SSCC per claim: the benchmark measures the registry per SSCC
        return new SsccClaim("SHIP" + shipment + "/bench", 21, sighting,
                List.of(new SsccClaim.Claimed(sscc(n).digits(), "cartons[" + (n % 20) + "].identifiers[0]")));
    }
}
