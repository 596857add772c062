package dev.dockcheck.asnvalidator.domain;

/** SP-API shipmentConfirmationType: an Original confirmation, or a Replace of an earlier one. */
public enum ConfirmationType {
    ORIGINAL, REPLACE, UNKNOWN
}
