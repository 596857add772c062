package dev.dockcheck.poingest.domain;

/**
 * A line normalised to eaches: {@code eaches} is 0 where it cannot be computed, {@code value}
 * (eaches x netCost) is null for weight-priced or unpriced lines.
 */
public record MappedLine(OrderLine line, long eaches, Money value) {
}
