package dev.dockcheck.poingest.domain;

/** SP-API orderedQuantity.unitOfMeasure. UNKNOWN is a value this version does not know. */
public enum UnitOfMeasure {
    CASES, EACHES, UNKNOWN
}
