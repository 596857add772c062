package dev.dockcheck.asnvalidator.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * The tunable parts of the ASN match. The date limits are SP-API's (ship date 7 days back to
 * 2 days ahead, shipment identifier not reused within 365 days); the shortage tolerance is the
 * vendor's choice.
 */
public record AsnMatchSettings(BigDecimal shortageTolerancePercent, Duration shippedAtMostAgo,
        Duration shippedAtMostAhead, Duration identifierReuseWindow) {

    public AsnMatchSettings {
        Objects.requireNonNull(shortageTolerancePercent);
        if (shortageTolerancePercent.signum() < 0 || shortageTolerancePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("shortage tolerance must be within 0..100 %");
        }
    }

    public static AsnMatchSettings withShortageTolerance(BigDecimal percent) {
        return new AsnMatchSettings(percent, Duration.ofDays(7), Duration.ofDays(2), Duration.ofDays(365));
    }
}
