package dev.dockcheck.asnvalidator.domain;

/** What a carton or pallet holds of one shipped item, referenced by its {@code itemSequenceNumber}. */
public record PackedItem(String itemReference, Quantity quantity) {
}
