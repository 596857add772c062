package dev.dockcheck.labelchecker.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockcheck.events.Carton;
import dev.dockcheck.events.ContainerIdentifier;
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

/** Reads an SP-API shipment confirmation from test resources into the Avro contract, the fields this check needs. */
final class SpApiShipments {

    static final String SMALL_PARCEL = "/spapi/usecase_shipmentConfirmation_smallParcel_LooseAssortmentCase_SSCC.json";
    static final String TRUCKLOAD = "/spapi/usecase_shipmentConfirmation_truckload_PalletizedAssortmentCase_SSCC.json";
    static final String LTL = "/spapi/usecase_shipmentConfirmation_LTL_PalletizedStandardCase_SSCC.json";

    private SpApiShipments() {
    }

    static ShipmentConfirmed read(String resource) {
        try (InputStream in = SpApiShipments.class.getResourceAsStream(resource)) {
            return toAvro(new ObjectMapper().readTree(in).get("shipmentConfirmations").get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ShipmentConfirmed toAvro(JsonNode json) {
        return ShipmentConfirmed.newBuilder()
                .setShipmentIdentifier(json.get("shipmentIdentifier").asText())
                .setConfirmationType(ShipmentConfirmationType.valueOf(json.get("shipmentConfirmationType").asText().toUpperCase()))
                .setVendorCode(json.get("sellingParty").get("partyId").asText())
                .setShipmentConfirmationDate(Instant.parse(json.get("shipmentConfirmationDate").asText()))
                .setShippedItems(list(json.get("shippedItems")).stream().map(SpApiShipments::item).toList())
                .setCartons(list(json.get("cartons")).stream().map(c -> Carton.newBuilder()
                        .setIdentifiers(identifiers(c.get("cartonIdentifiers"))).setItems(List.of()).build()).toList())
                .setPallets(list(json.get("pallets")).stream().map(p -> Pallet.newBuilder()
                        .setIdentifiers(identifiers(p.get("palletIdentifiers"))).build()).toList())
                .setReceivedAt(Instant.now()).build();
    }

    private static ShippedItem item(JsonNode json) {
        JsonNode details = json.path("itemDetails");
        return ShippedItem.newBuilder().setItemSequenceNumber(json.get("itemSequenceNumber").asText())
                .setPurchaseOrderNumber(details.has("purchaseOrderNumber") ? details.get("purchaseOrderNumber").asText() : null)
                .setShippedQuantity(Quantity.newBuilder().setAmount(json.get("shippedQuantity").get("amount").asLong())
                        .setUnitOfMeasure(UnitOfMeasure.EACHES).setUnitSize(1L).build())
                .build();
    }

    private static List<ContainerIdentifier> identifiers(JsonNode json) {
        return list(json).stream().map(id -> new ContainerIdentifier(id.get("containerIdentificationType").asText(),
                id.get("containerIdentificationNumber").asText())).toList();
    }

    private static List<JsonNode> list(JsonNode array) {
        return array == null ? List.of() : StreamSupport.stream(array.spliterator(), false).toList();
    }
}
