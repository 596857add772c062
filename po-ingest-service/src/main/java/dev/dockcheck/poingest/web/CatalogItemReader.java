package dev.dockcheck.poingest.web;

import dev.dockcheck.events.CatalogItem;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * Reads one catalog item (JSON body of {@code PUT /api/catalog/items/{sku}}, or one CSV row) into a
 * {@link CatalogItem}. A case pack of at least 1 is required: the UoM check maps cases through it.
 */
final class CatalogItemReader {

    static final String CSV_HEADER = "vendorSku,asin,gtin,eachesPerCase,casesPerPallet,caseOnly,unitCost,currencyCode";

    private final FieldReader fields;
    private final Instant now;

    CatalogItemReader(FieldReader fields, Instant now) {
        this.fields = fields;
        this.now = now;
    }

    /** Reads the item at {@code path}; returns null when a field is bad (the error is in the reader). */
    CatalogItem read(String vendorSku, JsonNode node, String path) {
        int before = fields.errors().size();
        if (vendorSku == null || vendorSku.isBlank() || vendorSku.strip().length() > 64) {
            fields.reject(path + ".vendorSku", "must be 1 to 64 characters");
        }
        Long eachesPerCase = fields.wholeNumber(node.path("eachesPerCase"), path + ".eachesPerCase", true, 1);
        Long casesPerPallet = fields.wholeNumber(node.path("casesPerPallet"), path + ".casesPerPallet", false, 1);
        Boolean caseOnly = fields.bool(node.path("caseOnly"), path + ".caseOnly");
        dev.dockcheck.events.Money unitCost = unitCost(node.path("unitCost"), path + ".unitCost");
        String gtin = fields.text(node.path("gtin"), path + ".gtin", false);
        if (gtin != null && !gtin.matches("\\d{8}|\\d{12,14}")) {
            fields.reject(path + ".gtin", "must be a GTIN-8, -12, -13 or -14 (digits only), was '" + gtin + "'");
        }
        if (fields.errors().size() > before) {
            return null;
        }
        return new CatalogItem(vendorSku.strip(), fields.text(node.path("asin"), path + ".asin", false), gtin,
                Math.toIntExact(eachesPerCase), casesPerPallet == null ? null : Math.toIntExact(casesPerPallet),
                Boolean.TRUE.equals(caseOnly), unitCost, now);
    }

    private dev.dockcheck.events.Money unitCost(JsonNode node, String path) {
        return fields.object(node, path, false) ? OrderDocumentReader.money(fields, node, path) : null;
    }
}
