package dev.dockcheck.poingest.web;

import dev.dockcheck.events.CatalogItem;
import java.math.BigDecimal;
import java.time.Instant;

/** A catalog item as GET returns it. */
record CatalogItemView(String vendorSku, String asin, String gtin, int eachesPerCase, Integer casesPerPallet,
        boolean caseOnly, UnitCost unitCost, Instant updatedAt) {

    record UnitCost(BigDecimal amount, String currencyCode) {
    }

    static CatalogItemView of(CatalogItem item) {
        var cost = item.getUnitCost();
        return new CatalogItemView(item.getVendorSku(), item.getAsin(), item.getGtin(), item.getEachesPerCase(),
                item.getCasesPerPallet(), item.getCaseOnly(),
                cost == null ? null : new UnitCost(cost.getAmount().stripTrailingZeros(), cost.getCurrencyCode()),
                item.getUpdatedAt());
    }
}
