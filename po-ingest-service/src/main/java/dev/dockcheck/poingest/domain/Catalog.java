package dev.dockcheck.poingest.domain;

import java.util.Optional;

/** Looks items up by vendor SKU. The Kafka side backs it with the catalog.items store. */
@FunctionalInterface
public interface Catalog {

    Optional<CatalogEntry> find(String vendorSku);
}
