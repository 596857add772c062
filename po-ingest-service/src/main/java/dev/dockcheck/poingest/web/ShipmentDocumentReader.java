package dev.dockcheck.poingest.web;

import dev.dockcheck.events.Carton;
import dev.dockcheck.events.ContainerIdentifier;
import dev.dockcheck.events.ContainerItem;
import dev.dockcheck.events.Pallet;
import dev.dockcheck.events.ShipmentConfirmationType;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.events.ShippedItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;

/**
 * Reads an SP-API Vendor Shipments {@code submitShipmentConfirmations} body
 * ({@code shipmentConfirmations[]}) into {@link ShipmentConfirmed} records. Whether the ASN matches
 * its PO, and whether its SSCCs are valid, is for the checkers downstream; this only rejects what
 * cannot mean anything.
 */
final class ShipmentDocumentReader {

    private final FieldReader fields = new FieldReader();
    private final Instant now;

    ShipmentDocumentReader(Instant now) {
        this.now = now;
    }

    List<ShipmentConfirmed> read(JsonNode root) {
        List<JsonNode> all = fields.array(root.path("shipmentConfirmations"), "$.shipmentConfirmations", true);
        if (all.isEmpty() && fields.errors().isEmpty()) {
            fields.reject("$.shipmentConfirmations", "must hold at least one shipment confirmation");
        }
        List<ShipmentConfirmed> shipments = each(all, "$.shipmentConfirmations", this::shipment);
        if (!fields.errors().isEmpty()) {
            throw new InvalidDocumentException(fields.errors());
        }
        return shipments;
    }

    private ShipmentConfirmed shipment(JsonNode s, String p) {
        JsonNode measures = s.path("shipmentMeasurements");
        int before = fields.errors().size();
        String id = fields.text(s.path("shipmentIdentifier"), p + ".shipmentIdentifier", true);
        Instant confirmed = fields.instant(s.path("shipmentConfirmationDate"), p + ".shipmentConfirmationDate", true);
        var shipment = new ShipmentConfirmed(id,
                fields.oneOf(s.path("shipmentConfirmationType"), p + ".shipmentConfirmationType", true,
                        ShipmentConfirmationType.class, "Original", "Replace"),
                fields.text(s.path("shipmentType"), p + ".shipmentType", false),
                fields.text(s.path("shipmentStructure"), p + ".shipmentStructure", false),
                fields.text(s.path("sellingParty").path("partyId"), p + ".sellingParty.partyId", true),
                fields.text(s.path("shipFromParty").path("partyId"), p + ".shipFromParty.partyId", false),
                fields.text(s.path("shipToParty").path("partyId"), p + ".shipToParty.partyId", false),
                confirmed == null ? Instant.EPOCH : confirmed,
                fields.instant(s.path("shippedDate"), p + ".shippedDate", false),
                fields.instant(s.path("estimatedDeliveryDate"), p + ".estimatedDeliveryDate", false),
                count(measures.path("cartonCount"), p + ".shipmentMeasurements.cartonCount"),
                count(measures.path("palletCount"), p + ".shipmentMeasurements.palletCount"),
                each(fields.array(s.path("shippedItems"), p + ".shippedItems", true), p + ".shippedItems", this::item),
                each(fields.array(s.path("cartons"), p + ".cartons", false), p + ".cartons", this::carton),
                each(fields.array(s.path("pallets"), p + ".pallets", false), p + ".pallets", this::pallet),
                now);
        // a shipment with a bad field is never published: the whole document is rejected
        return fields.errors().size() > before ? null : shipment;
    }

    private ShippedItem item(JsonNode i, String p) {
        return new ShippedItem(fields.text(i.path("itemSequenceNumber"), p + ".itemSequenceNumber", true),
                fields.text(i.path("amazonProductIdentifier"), p + ".amazonProductIdentifier", false),
                fields.text(i.path("vendorProductIdentifier"), p + ".vendorProductIdentifier", false),
                fields.text(i.path("itemDetails").path("purchaseOrderNumber"), p + ".itemDetails.purchaseOrderNumber", false),
                OrderDocumentReader.quantity(fields, i.path("shippedQuantity"), p + ".shippedQuantity"));
    }

    private Carton carton(JsonNode c, String p) {
        return new Carton(identifiers(c.path("cartonIdentifiers"), p + ".cartonIdentifiers"),
                fields.text(c.path("cartonSequenceNumber"), p + ".cartonSequenceNumber", false),
                each(fields.array(c.path("items"), p + ".items", true), p + ".items", this::containerItem));
    }

    private Pallet pallet(JsonNode pallet, String p) {
        String refs = p + ".cartonReferenceDetails.cartonReferenceNumbers";
        List<String> cartonReferences = each(fields.array(pallet.path("cartonReferenceDetails")
                .path("cartonReferenceNumbers"), refs, false), refs, (n, path) -> fields.text(n, path, true));
        return new Pallet(identifiers(pallet.path("palletIdentifiers"), p + ".palletIdentifiers"),
                count(pallet.path("tier"), p + ".tier"), count(pallet.path("block"), p + ".block"), cartonReferences,
                each(fields.array(pallet.path("items"), p + ".items", false), p + ".items", this::containerItem));
    }

    private List<ContainerIdentifier> identifiers(JsonNode node, String path) {
        return each(fields.array(node, path, true), path, (id, p) -> new ContainerIdentifier(
                fields.text(id.path("containerIdentificationType"), p + ".containerIdentificationType", true),
                fields.text(id.path("containerIdentificationNumber"), p + ".containerIdentificationNumber", true)));
    }

    private ContainerItem containerItem(JsonNode i, String p) {
        return new ContainerItem(fields.text(i.path("itemReference"), p + ".itemReference", true),
                OrderDocumentReader.quantity(fields, i.path("shippedQuantity"), p + ".shippedQuantity"));
    }

    private Integer count(JsonNode node, String path) {
        Long value = fields.wholeNumber(node, path, false, 0);
        if (value != null && value > Integer.MAX_VALUE) {
            fields.reject(path, "is too large");
            return null;
        }
        return value == null ? null : value.intValue();
    }

    private static <T> List<T> each(List<JsonNode> nodes, String path, BiFunction<JsonNode, String, T> read) {
        List<T> result = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            result.add(read.apply(nodes.get(i), path + "[" + i + "]"));
        }
        return result;
    }
}
