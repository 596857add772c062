package dev.dockcheck.asnvalidator.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An advance shipment notice (SP-API shipmentConfirmation), as the ASN match needs it.
 * {@code declaredCartonCount} and {@code declaredPalletCount} come from {@code shipmentMeasurements}
 * and are null when not sent; {@code shippedDate} is null when not sent.
 */
public record ShipmentNotice(String shipmentIdentifier, ConfirmationType confirmationType, Instant confirmedAt,
        Instant shippedDate, Integer declaredCartonCount, Integer declaredPalletCount,
        List<ShippedItem> shippedItems, List<Container> cartons, List<Container> pallets) {

    public ShipmentNotice {
        shippedItems = List.copyOf(shippedItems);
        cartons = List.copyOf(cartons);
        pallets = List.copyOf(pallets);
    }

    /** The POs this ASN covers, in the order they first appear. */
    public List<String> purchaseOrderNumbers() {
        return shippedItems.stream().map(ShippedItem::purchaseOrderNumber).filter(Objects::nonNull).distinct().toList();
    }

    public boolean hasPackedContent() {
        return cartons.stream().anyMatch(c -> !c.items().isEmpty()) || pallets.stream().anyMatch(p -> !p.items().isEmpty());
    }
}
