package dev.dockcheck.labelchecker.kafka;

import dev.dockcheck.events.ContainerIdentifier;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.events.ShippedItem;
import dev.dockcheck.labelchecker.domain.Container;
import dev.dockcheck.labelchecker.domain.ShipmentLabels;
import dev.dockcheck.labelchecker.domain.ShipmentLabels.ConfirmationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reads the labels of an ASN: the identifiers of type SSCC on its cartons and pallets, and its POs. */
final class ShipmentLabelsMapper {

    private ShipmentLabelsMapper() {
    }

    static ShipmentLabels toDomain(ShipmentConfirmed asn) {
        List<Container> containers = new ArrayList<>();
        for (int i = 0; i < asn.getCartons().size(); i++) {
            containers.add(new Container(Container.Kind.CARTON, "cartons[" + i + "]",
                    ssccs(asn.getCartons().get(i).getIdentifiers())));
        }
        for (int i = 0; i < asn.getPallets().size(); i++) {
            containers.add(new Container(Container.Kind.PALLET, "pallets[" + i + "]",
                    ssccs(asn.getPallets().get(i).getIdentifiers())));
        }
        return new ShipmentLabels(asn.getShipmentIdentifier().strip(), confirmationType(asn), asn.getVendorCode(),
                asn.getShipmentConfirmationDate(), purchaseOrders(asn), containers);
    }

    private static List<String> ssccs(List<ContainerIdentifier> identifiers) {
        return identifiers.stream().filter(id -> "SSCC".equalsIgnoreCase(id.getType().strip()))
                .map(ContainerIdentifier::getValue).toList();
    }

    private static List<String> purchaseOrders(ShipmentConfirmed asn) {
        return asn.getShippedItems().stream().map(ShippedItem::getPurchaseOrderNumber)
                .filter(Objects::nonNull).map(String::strip).filter(po -> !po.isEmpty()).distinct().toList();
    }

    private static ConfirmationType confirmationType(ShipmentConfirmed asn) {
        return switch (asn.getConfirmationType()) {
            case ORIGINAL -> ConfirmationType.ORIGINAL;
            case REPLACE -> ConfirmationType.REPLACE;
            default -> ConfirmationType.UNKNOWN;
        };
    }
}
