package dev.dockcheck.poingest.domain;

/** What a netCost is per (SP-API netCost.unitOfMeasure): an each, or a weight unit. */
public enum PriceUnit {
    EACH, POUNDS, OUNCES, GRAMS, KILOGRAMS, UNKNOWN;

    public boolean isWeight() {
        return this == POUNDS || this == OUNCES || this == GRAMS || this == KILOGRAMS;
    }
}
