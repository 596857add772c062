package dev.dockcheck.labelchecker.kafka;

import dev.dockcheck.events.Carton;
import dev.dockcheck.events.ContainerIdentifier;
import dev.dockcheck.events.LabelPrinted;
import dev.dockcheck.events.Quantity;
import dev.dockcheck.events.ShipmentConfirmationType;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.events.ShippedItem;
import dev.dockcheck.events.UnitOfMeasure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Avro test data: an ASN with one carton per SSCC, and printed labels. */
final class ShipmentFixtures {

    private ShipmentFixtures() {
    }

    static ShipmentConfirmed asn(String shipmentId, String po, String confirmedAt, String... cartonSsccs) {
        return ShipmentConfirmed.newBuilder().setShipmentIdentifier(shipmentId)
                .setConfirmationType(ShipmentConfirmationType.ORIGINAL).setVendorCode("VENDOR1")
                .setShipmentConfirmationDate(Instant.parse(confirmedAt))
                .setShippedItems(new ArrayList<>(List.of(item("1", po))))
                .setCartons(Arrays.stream(cartonSsccs).map(sscc -> Carton.newBuilder()
                        .setIdentifiers(List.of(new ContainerIdentifier("SSCC", sscc))).setItems(List.of()).build()).toList())
                .setReceivedAt(Instant.parse(confirmedAt)).build();
    }

    static ShippedItem item(String sequence, String po) {
        return ShippedItem.newBuilder().setItemSequenceNumber(sequence).setPurchaseOrderNumber(po)
                .setShippedQuantity(Quantity.newBuilder().setAmount(1L).setUnitOfMeasure(UnitOfMeasure.EACHES).build())
                .build();
    }

    static LabelPrinted printed(String sscc, String shipmentId) {
        return LabelPrinted.newBuilder().setSscc(sscc).setShipmentId(shipmentId).setPrinter("zebra-1")
                .setPrintedAt(Instant.parse("2026-03-02T09:00:00Z")).build();
    }
}
