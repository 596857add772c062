package dev.dockcheck.poingest.domain;

/**
 * SP-API ItemQuantity: {@code amount} in {@code unit} (null when missing); for CASES each case
 * holds {@code unitSize} eaches (null when not sent).
 */
public record Quantity(long amount, UnitOfMeasure unit, Long unitSize) {

    public static Quantity eaches(long amount) {
        return new Quantity(amount, UnitOfMeasure.EACHES, null);
    }

    public static Quantity cases(long amount, Long unitSize) {
        return new Quantity(amount, UnitOfMeasure.CASES, unitSize);
    }
}
