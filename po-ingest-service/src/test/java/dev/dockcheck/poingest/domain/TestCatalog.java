package dev.dockcheck.poingest.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An in-memory catalog for tests: {@code aCatalog().with(item("SKU-1", 12))}. */
public final class TestCatalog implements Catalog {

    private final Map<String, CatalogEntry> items = new HashMap<>();

    public static TestCatalog aCatalog() {
        return new TestCatalog();
    }

    public static CatalogEntry item(String sku, int eachesPerCase) {
        return new CatalogEntry(sku, null, null, eachesPerCase, null, false, null);
    }

    public static CatalogEntry item(String sku, int eachesPerCase, String unitCost) {
        return new CatalogEntry(sku, null, null, eachesPerCase, null, false, Money.of(unitCost, "USD"));
    }

    public TestCatalog with(CatalogEntry entry) {
        items.put(entry.vendorSku(), entry);
        return this;
    }

    @Override
    public Optional<CatalogEntry> find(String vendorSku) {
        return Optional.ofNullable(items.get(vendorSku));
    }
}
