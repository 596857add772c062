package dev.dockcheck.labelchecker.domain;

import dev.dockcheck.labelchecker.domain.ShipmentLabels.ConfirmationType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test data: {@code aShipment("S1").withCarton("00…").withPallet("00…").build()}. */
final class Shipments {

    private String shipmentId;
    private ConfirmationType type = ConfirmationType.ORIGINAL;
    private String vendor = "VENDOR1";
    private Instant confirmedAt = Instant.parse("2026-03-01T10:00:00Z");
    private final List<String> purchaseOrders = new ArrayList<>(List.of("PO000001"));
    private final List<Container> containers = new ArrayList<>();

    static Shipments aShipment(String shipmentId) {
        Shipments s = new Shipments();
        s.shipmentId = shipmentId;
        return s;
    }

    Shipments withCarton(String... ssccs) {
        containers.add(new Container(Container.Kind.CARTON, "cartons[" + count(Container.Kind.CARTON) + "]", List.of(ssccs)));
        return this;
    }

    Shipments withPallet(String... ssccs) {
        containers.add(new Container(Container.Kind.PALLET, "pallets[" + count(Container.Kind.PALLET) + "]", List.of(ssccs)));
        return this;
    }

    Shipments replacing() {
        type = ConfirmationType.REPLACE;
        return this;
    }

    Shipments from(String vendorCode) {
        vendor = vendorCode;
        return this;
    }

    Shipments confirmedAt(String instant) {
        confirmedAt = Instant.parse(instant);
        return this;
    }

    ShipmentLabels build() {
        return new ShipmentLabels(shipmentId, type, vendor, confirmedAt, purchaseOrders, containers);
    }

    private long count(Container.Kind kind) {
        return containers.stream().filter(c -> c.kind() == kind).count();
    }
}
