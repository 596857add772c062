package dev.dockcheck.approval;

import dev.dockcheck.approval.domain.Severity;
import dev.dockcheck.approval.domain.Thresholds;
import dev.dockcheck.approval.domain.VendorThresholds;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The approval's settings: global thresholds, per-vendor overrides (only what differs), how long a
 * stage waits for its checks, and how often the sweep looks for stages that waited too long.
 */
@Validated
@ConfigurationProperties("dockcheck.approval")
public record ApprovalProperties(
        @Valid @NotNull @DefaultValue ThresholdSettings thresholds,
        Map<String, @Valid VendorOverride> vendors,
        @DefaultValue("30m") @NotNull Duration checkTimeout,
        @DefaultValue("15s") @NotNull Duration sweepInterval,
        @DefaultValue("24h") @NotNull Duration shipmentHoldDeadline) {

    /** Global thresholds. */
    public record ThresholdSettings(
            @DefaultValue("10000") @NotNull @DecimalMin("0") BigDecimal maxValue,
            @DefaultValue("5000") @Min(0) long maxUnits,
            @DefaultValue("USD") @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @DefaultValue({"WARN", "FAIL"}) @NotEmpty Set<Severity> holdSeverities,
            @DefaultValue("50000") @NotNull @DecimalMin("0") BigDecimal fourEyesValue) {

        Thresholds toDomain() {
            return new Thresholds(maxValue, maxUnits, currency, holdSeverities, fourEyesValue);
        }
    }

    /** A vendor's thresholds: each one left out is the global one. */
    public record VendorOverride(@DecimalMin("0") BigDecimal maxValue, @Min(0) Long maxUnits,
            @Pattern(regexp = "[A-Z]{3}") String currency, Set<Severity> holdSeverities,
            @DecimalMin("0") BigDecimal fourEyesValue) {

        Thresholds over(Thresholds global) {
            return new Thresholds(Optional.ofNullable(maxValue).orElse(global.maxValue()),
                    Optional.ofNullable(maxUnits).orElse(global.maxUnits()),
                    Optional.ofNullable(currency).orElse(global.currency()),
                    Optional.ofNullable(holdSeverities).orElse(global.holdSeverities()),
                    Optional.ofNullable(fourEyesValue).orElse(global.fourEyesValue()));
        }
    }

    public ApprovalProperties {
        vendors = vendors == null ? Map.of() : Map.copyOf(vendors);
    }

    VendorThresholds toDomain() {
        Thresholds global = thresholds.toDomain();
        return new VendorThresholds(global, vendors.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, vendor -> vendor.getValue().over(global))));
    }
}
