package dev.dockcheck.poingest.domain;

/** One PO line as Amazon sent it. {@code netCost} may be null; {@code priceUnit} says what it is per. */
public record OrderLine(String itemSequenceNumber, String asin, String vendorSku, Quantity orderedQuantity,
        Money netCost, PriceUnit priceUnit) {

    public OrderLine {
        priceUnit = priceUnit == null ? PriceUnit.EACH : priceUnit;
    }
}
