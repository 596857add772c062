package dev.dockcheck.poingest.domain;

/**
 * The vendor's item master entry for one SKU: how many eaches a case holds, whether Amazon may
 * only order whole cases, and the expected netCost per each ({@code unitCost}, may be null).
 */
public record CatalogEntry(String vendorSku, String asin, String gtin, int eachesPerCase, Integer casesPerPallet,
        boolean caseOnly, Money unitCost) {
}
