package dev.dockcheck.labelchecker.domain;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How strict the SSCC check is for this deployment.
 *
 * @param companyPrefixes    per vendor code, the GS1 company prefixes its labels may carry; a
 *                           vendor without an entry is not checked for prefixes
 * @param cartonSsccRequired whether every carton must carry an SSCC (GS1 US / Amazon North America)
 * @param reuseWindow        how long an SSCC stays taken (GS1 and Amazon: one year, 365 days)
 */
public record LabelSettings(Map<String, List<String>> companyPrefixes, boolean cartonSsccRequired, Duration reuseWindow) {

    public LabelSettings {
        companyPrefixes = Map.copyOf(companyPrefixes);
    }
}
