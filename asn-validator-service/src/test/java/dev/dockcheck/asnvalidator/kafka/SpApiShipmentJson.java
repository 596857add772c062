package dev.dockcheck.asnvalidator.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockcheck.events.Carton;
import dev.dockcheck.events.ContainerIdentifier;
import dev.dockcheck.events.ContainerItem;
import dev.dockcheck.events.Pallet;
import dev.dockcheck.events.Quantity;
import dev.dockcheck.events.ShipmentConfirmationType;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.events.ShippedItem;
import dev.dockcheck.events.UnitOfMeasure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Reads an SP-API {@code shipmentConfirmations} JSON body into {@link ShipmentConfirmed} the way the
 * intake is meant to: blanks trimmed, numbers sent as strings accepted, units in any case. A
 * shipped item's PO is {@code itemDetails.purchaseOrderNumber}, as the contract documents.
 */
final class SpApiShipmentJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SpApiShipmentJson() {
    }

    static ShipmentConfirmed read(String resource, Instant receivedAt) {
        try (InputStream in = SpApiShipmentJson.class.getResourceAsStream(resource)) {
            return toAvro(JSON.readTree(in).path("shipmentConfirmations").get(0), receivedAt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ShipmentConfirmed toAvro(JsonNode asn, Instant receivedAt) {
        JsonNode measurements = asn.path("shipmentMeasurements");
        return ShipmentConfirmed.newBuilder().setShipmentIdentifier(text(asn, "shipmentIdentifier"))
                .setConfirmationType(ShipmentConfirmationType.valueOf(text(asn, "shipmentConfirmationType").toUpperCase()))
                .setShipmentType(text(asn, "shipmentType")).setShipmentStructure(text(asn, "shipmentStructure"))
                .setVendorCode(text(asn.path("sellingParty"), "partyId"))
                .setShipFromPartyId(text(asn.path("shipFromParty"), "partyId"))
                .setShipToPartyId(text(asn.path("shipToParty"), "partyId"))
                .setShipmentConfirmationDate(Instant.parse(text(asn, "shipmentConfirmationDate")))
                .setShippedDate(Instant.parse(text(asn, "shippedDate")))
                .setDeclaredCartonCount(measurements.has("cartonCount") ? measurements.get("cartonCount").asInt() : null)
                .setDeclaredPalletCount(measurements.has("palletCount") ? measurements.get("palletCount").asInt() : null)
                .setShippedItems(each(asn.path("shippedItems")).stream().map(SpApiShipmentJson::shippedItem).toList())
                .setCartons(each(asn.path("cartons")).stream().map(c -> Carton.newBuilder()
                        .setIdentifiers(identifiers(c.path("cartonIdentifiers")))
                        .setSequenceNumber(text(c, "cartonSequenceNumber")).setItems(items(c.path("items"))).build()).toList())
                .setPallets(each(asn.path("pallets")).stream().map(p -> Pallet.newBuilder()
                        .setIdentifiers(identifiers(p.path("palletIdentifiers")))
                        .setCartonReferences(each(p.path("cartonReferenceDetails").path("cartonReferenceNumbers"))
                                .stream().map(n -> n.asText().strip()).toList())
                        .setItems(items(p.path("items"))).build()).toList())
                .setReceivedAt(receivedAt).build();
    }

    private static ShippedItem shippedItem(JsonNode item) {
        return ShippedItem.newBuilder().setItemSequenceNumber(text(item, "itemSequenceNumber"))
                .setAsin(text(item, "amazonProductIdentifier")).setVendorSku(text(item, "vendorProductIdentifier"))
                .setPurchaseOrderNumber(text(item.path("itemDetails"), "purchaseOrderNumber"))
                .setShippedQuantity(quantity(item.path("shippedQuantity"))).build();
    }

    private static List<ContainerItem> items(JsonNode items) {
        return each(items).stream().map(i -> new ContainerItem(text(i, "itemReference"),
                quantity(i.path("shippedQuantity")))).toList();
    }

    private static List<ContainerIdentifier> identifiers(JsonNode identifiers) {
        return each(identifiers).stream().map(i -> new ContainerIdentifier(text(i, "containerIdentificationType"),
                text(i, "containerIdentificationNumber"))).toList();
    }

    private static Quantity quantity(JsonNode quantity) {
        String unit = text(quantity, "unitOfMeasure");
        return Quantity.newBuilder().setAmount(Long.parseLong(text(quantity, "amount")))
                .setUnitOfMeasure(unit == null ? null : UnitOfMeasure.valueOf(unit.toUpperCase()))
                .setUnitSize(quantity.has("unitSize") ? Long.parseLong(text(quantity, "unitSize")) : null).build();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText().strip();
    }

    private static List<JsonNode> each(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
