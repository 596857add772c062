package dev.dockcheck.asnvalidator.domain;

import java.time.Duration;
import java.util.List;

/**
 * A {@code shipmentIdentifier} must not be reused by another shipment within 365 days (SP-API
 * Vendor Shipments). Another shipment is an Original with different content under the same
 * identifier; an identical resend, or a Replace of the shipment, is the same shipment. Reuse FAILs.
 */
final class IdentifierNotReused implements AsnRule {

    static final String CODE = "SHIPMENT_IDENTIFIER_REUSED";

    @Override
    public String name() {
        return "identifierNotReused";
    }

    @Override
    public List<Finding> apply(MatchCase match) {
        ShipmentNotice asn = match.asn();
        if (asn.confirmationType() == ConfirmationType.REPLACE) {
            return List.of();
        }
        Duration window = match.settings().identifierReuseWindow();
        return match.history().previousOriginal()
                .filter(previous -> !previous.equals(asn))
                .filter(previous -> Duration.between(previous.confirmedAt(), asn.confirmedAt()).abs().compareTo(window) <= 0)
                .map(previous -> List.of(Finding.fail(CODE, "shipmentIdentifier", "Shipment identifier "
                                + asn.shipmentIdentifier() + " was used by another shipment confirmed at "
                                + previous.confirmedAt() + ", within " + window.toDays() + " days",
                        "not used since " + asn.confirmedAt().minus(window), "used at " + previous.confirmedAt())))
                .orElse(List.of());
    }
}
