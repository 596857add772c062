package dev.dockcheck.labelchecker;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the SSCC check ({@code dockcheck.label-checker.*}).
 *
 * @param region                    the marketplace region this deployment ships into, e.g. NA, EU, FE
 * @param cartonSsccRequiredIn      regions where every carton must carry an SSCC (Amazon: North America)
 * @param companyPrefixes           per vendor code, its GS1 company prefixes; others are not prefix-checked
 * @param reuseWindow               how long an SSCC stays taken (365 days: GS1, Amazon)
 * @param registrySweepInterval     how often the registry drops entries past the window
 * @param registrySweepBatch        how many entries one sweep looks at, at most
 * @param ssccBuckets               how many buckets (partitions of the claims repartition topic) the
 *                                  SSCC registry is split into; by default the pipeline's partition
 *                                  count ({@code dockcheck.kafka.partitions}). Changing it on a running
 *                                  deployment requires a reset of the application's state.
 */
@Validated
@ConfigurationProperties("dockcheck.label-checker")
public record LabelCheckerProperties(
        @DefaultValue("NA") @NotBlank String region,
        @DefaultValue("NA") @NotNull List<String> cartonSsccRequiredIn,
        @DefaultValue Map<String, List<String>> companyPrefixes,
        @DefaultValue("365d") @NotNull Duration reuseWindow,
        @DefaultValue("1m") @NotNull Duration registrySweepInterval,
        @DefaultValue("20000") @Min(1) int registrySweepBatch,
        @Min(1) Integer ssccBuckets) {
}
