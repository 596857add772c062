package dev.dockcheck.labelchecker.domain;

import dev.dockcheck.labelchecker.domain.ShipmentLabels.ConfirmationType;
import dev.dockcheck.labelchecker.domain.SsccSighting.Source;
import java.time.Duration;
import java.util.Optional;

/**
 * An SSCC is not used again within one year (GS1 General Specifications 2.2.1: "an SSCC shall
 * not be reallocated within one year"; Amazon: 365 days). Given the sighting already registered
 * for an SSCC, a new claim is {@code SSCC_REUSED} (FAIL) when it comes within the window from:
 * <ul>
 *   <li>a different shipment, or</li>
 *   <li>a second, different {@code Original} ASN under the same shipment identifier: Amazon
 *       treats that identifier as taken too, and a correction must be sent as {@code Replace}.</li>
 * </ul>
 * Not a reuse: a {@code Replace} of the same shipment, a redelivered copy of the same ASN, a
 * label printed for the shipment that then confirms it (or reprinted for it). The finding names
 * the first shipment and its date; the registry keeps that first sighting, except that an ASN
 * replaces the print it confirms and a Replace updates the ASN it corrects.
 */
public final class SsccReuse {

    private SsccReuse() {
    }

    /** What to report for a claim, and which sighting the registry keeps. */
    public record Judgement(Optional<Finding> finding, SsccSighting keep) {
    }

    public static Judgement judge(Sscc sscc, SsccSighting claim, SsccSighting previous, Duration window, String path) {
        if (previous == null || !withinWindow(claim, previous, window)) {
            return new Judgement(Optional.empty(), claim);
        }
        if (!claim.shipmentId().equals(previous.shipmentId())) {
            return new Judgement(Optional.of(reused(sscc, previous, window, path, "shipment " + previous.shipmentId())), previous);
        }
        if (claim.source() == Source.PRINT) {
            return new Judgement(Optional.empty(), previous);
        }
        if (previous.source() == Source.PRINT || claim.confirmationType() == ConfirmationType.REPLACE) {
            return new Judgement(Optional.empty(), claim);
        }
        if (claim.fingerprint() == previous.fingerprint()) {
            return new Judgement(Optional.empty(), previous);
        }
        return new Judgement(Optional.of(reused(sscc, previous, window, path,
                "an earlier Original ASN of shipment " + previous.shipmentId())), previous);
    }

    public static boolean withinWindow(SsccSighting claim, SsccSighting previous, Duration window) {
        return Duration.between(previous.usedAt(), claim.usedAt()).abs().compareTo(window) < 0;
    }

    private static Finding reused(Sscc sscc, SsccSighting previous, Duration window, String path, String where) {
        return new Finding("SSCC_REUSED", Severity.FAIL,
                "SSCC " + sscc + " was already used on " + where + " of " + previous.usedAt()
                        + ", less than " + window.toDays() + " days ago",
                path, "not used within " + window.toDays() + " days",
                "shipment " + previous.shipmentId() + " of " + previous.usedAt());
    }
}
