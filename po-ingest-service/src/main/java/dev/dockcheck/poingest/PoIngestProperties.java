package dev.dockcheck.poingest;

import dev.dockcheck.poingest.domain.UomSettings;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code dockcheck.po-ingest}: how far a PO's net cost may stray from the catalog's unit cost
 * (percent) before the UoM check warns, and the largest request body the REST intake takes.
 */
@Validated
@ConfigurationProperties("dockcheck.po-ingest")
public record PoIngestProperties(
        @DefaultValue("5") @NotNull @DecimalMin("0") BigDecimal netCostTolerancePercent,
        @DefaultValue("1MB") @NotNull DataSize maxBodySize) {

    public PoIngestProperties {
        if (maxBodySize != null && maxBodySize.toBytes() < 1) {
            throw new IllegalArgumentException("dockcheck.po-ingest.max-body-size must be positive");
        }
    }

    UomSettings uomSettings() {
        return new UomSettings(netCostTolerancePercent);
    }
}
