package dev.dockcheck.asnvalidator.domain;

import java.util.OptionalLong;

/**
 * SP-API ItemQuantity: {@code amount} in {@code unit}; for CASES each case holds {@code unitSize}
 * eaches (null when not sent).
 */
public record Quantity(long amount, UnitOfMeasure unit, Long unitSize) {

    public static Quantity eaches(long amount) {
        return new Quantity(amount, UnitOfMeasure.EACHES, null);
    }

    public static Quantity cases(long amount, long unitSize) {
        return new Quantity(amount, UnitOfMeasure.CASES, unitSize);
    }

    /**
     * The quantity in eaches, with the meaning the UoM check gives it (SP-API Vendor Orders):
     * {@code amount × unitSize} for CASES, {@code amount} for EACHES; empty when it cannot be known
     * (CASES without a positive unitSize, or an unknown unit).
     */
    public OptionalLong eachesOrEmpty() {
        return switch (unit) {
            case EACHES -> OptionalLong.of(amount);
            case CASES -> unitSize == null || unitSize <= 0
                    ? OptionalLong.empty() : OptionalLong.of(Math.multiplyExact(amount, unitSize));
            case UNKNOWN -> OptionalLong.empty();
        };
    }

    @Override
    public String toString() {
        return unit == UnitOfMeasure.CASES ? amount + " CASES of " + unitSize : amount + " " + unit;
    }
}
