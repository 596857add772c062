package dev.dockcheck.asnvalidator.domain;

/** SP-API ItemQuantity.unitOfMeasure; UNKNOWN stands for a value that was missing or not understood. */
public enum UnitOfMeasure {
    CASES, EACHES, UNKNOWN
}
