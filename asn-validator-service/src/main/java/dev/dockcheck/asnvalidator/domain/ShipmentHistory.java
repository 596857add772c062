package dev.dockcheck.asnvalidator.domain;

import java.util.Optional;

/**
 * What was confirmed earlier under the same {@code shipmentIdentifier}: the last Original, if any.
 * For an Original it is a possible reuse of the identifier; for a Replace it is what is replaced.
 */
public record ShipmentHistory(Optional<ShipmentNotice> previousOriginal) {

    public static ShipmentHistory none() {
        return new ShipmentHistory(Optional.empty());
    }

    public static ShipmentHistory of(ShipmentNotice previousOriginal) {
        return new ShipmentHistory(Optional.of(previousOriginal));
    }
}
