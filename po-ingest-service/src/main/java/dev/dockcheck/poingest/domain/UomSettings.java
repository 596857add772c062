package dev.dockcheck.poingest.domain;

import java.math.BigDecimal;

/** How far a line's netCost may deviate from the catalog's unit cost, in percent, before it is a WARN. */
public record UomSettings(BigDecimal netCostTolerancePercent) {

    public UomSettings {
        if (netCostTolerancePercent == null || netCostTolerancePercent.signum() < 0) {
            throw new IllegalArgumentException("netCostTolerancePercent must be >= 0");
        }
    }
}
