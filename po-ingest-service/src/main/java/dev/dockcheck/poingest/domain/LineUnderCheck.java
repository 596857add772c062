package dev.dockcheck.poingest.domain;

/** One PO line with its catalog entry (null when the item is not in the catalog) and its path. */
public record LineUnderCheck(int index, OrderLine line, CatalogEntry item) {

    public String path(String field) {
        return "items[" + index + "]" + (field.isEmpty() ? "" : "." + field);
    }

    public Quantity quantity() {
        return line.orderedQuantity();
    }

    boolean inCases() {
        return quantity().unit() == UnitOfMeasure.CASES;
    }
}
