package dev.dockcheck.asnvalidator;

import dev.dockcheck.asnvalidator.domain.AsnMatchSettings;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the ASN match is tuned: how long an ASN waits for a PO that has not arrived before it FAILs
 * with PO_NOT_FOUND, how often the waiting ASNs are looked at, and how short a line may ship
 * before it WARNs.
 */
@Validated
@ConfigurationProperties("dockcheck.asn-match")
public record AsnMatchProperties(
        @DefaultValue("15m") @NotNull Duration poWaitTimeout,
        @DefaultValue("10s") @NotNull Duration poWaitCheckInterval,
        @DefaultValue("10") @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal shortageTolerancePercent) {

    public AsnMatchSettings settings() {
        return AsnMatchSettings.withShortageTolerance(shortageTolerancePercent);
    }
}
