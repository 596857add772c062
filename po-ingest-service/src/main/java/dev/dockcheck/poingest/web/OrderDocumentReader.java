package dev.dockcheck.poingest.web;

import dev.dockcheck.events.Money;
import dev.dockcheck.events.OrderLine;
import dev.dockcheck.events.PriceUnit;
import dev.dockcheck.events.PurchaseOrderReceived;
import dev.dockcheck.events.Quantity;
import dev.dockcheck.events.UnitOfMeasure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * Reads SP-API Vendor Orders JSON into {@link PurchaseOrderReceived}: one order, a
 * {@code getPurchaseOrder(s)} response ({@code payload} or {@code payload.orders[]}), or the
 * use-case guide's {@code order} wrapper.
 */
final class OrderDocumentReader {

    private final FieldReader fields = new FieldReader();
    private final Instant now;

    OrderDocumentReader(Instant now) {
        this.now = now;
    }

    /** The orders in the document; throws {@link InvalidDocumentException} naming every bad field. */
    List<PurchaseOrderReceived> read(JsonNode root) {
        List<PurchaseOrderReceived> orders = new ArrayList<>();
        if (root.has("payload") && root.path("payload").has("orders")) {
            List<JsonNode> all = fields.array(root.path("payload").path("orders"), "$.payload.orders", true);
            for (int i = 0; i < all.size(); i++) {
                orders.add(order(all.get(i), "$.payload.orders[" + i + "]"));
            }
        } else if (root.has("payload")) {
            orders.add(order(root.path("payload"), "$.payload"));
        } else if (root.has("order")) {
            orders.add(order(root.path("order"), "$.order"));
        } else if (root.has("purchaseOrderNumber") || root.has("orderDetails")) {
            orders.add(order(root, "$"));
        } else {
            fields.reject("$", "expected an SP-API order, a getPurchaseOrders response (payload.orders[]) or {\"order\": …}");
        }
        if (orders.isEmpty() && fields.errors().isEmpty()) {
            fields.reject("$.payload.orders", "must hold at least one order");
        }
        if (!fields.errors().isEmpty()) {
            throw new InvalidDocumentException(fields.errors());
        }
        return orders;
    }

    // all-args constructors, not builders: builders reject nulls, and a bad field must become an error, not a throw
    private PurchaseOrderReceived order(JsonNode order, String path) {
        String number = fields.text(order.path("purchaseOrderNumber"), path + ".purchaseOrderNumber", true);
        String d = path + ".orderDetails";
        JsonNode details = order.path("orderDetails");
        if (!fields.object(details, d, true)) {
            return null;
        }
        Instant[] window = shipWindow(details.path("shipWindow"), d + ".shipWindow");
        List<JsonNode> items = fields.array(details.path("items"), d + ".items", true);
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            lines.add(line(items.get(i), d + ".items[" + i + "]"));
        }
        String vendor = fields.text(details.path("sellingParty").path("partyId"), d + ".sellingParty.partyId", true);
        Instant date = fields.instant(details.path("purchaseOrderDate"), d + ".purchaseOrderDate", true);
        Instant changed = fields.instant(details.path("purchaseOrderChangedDate"), d + ".purchaseOrderChangedDate", false);
        String type = fields.text(details.path("purchaseOrderType"), d + ".purchaseOrderType", false);
        String shipTo = fields.text(details.path("shipToParty").path("partyId"), d + ".shipToParty.partyId", false);
        return fields.errors().isEmpty()
                ? new PurchaseOrderReceived(number, vendor, date, changed, type, shipTo, window[0], window[1], lines, now)
                : null;
    }

    /** SP-API shipWindow is one string: {@code <start>--<end>}. */
    private Instant[] shipWindow(JsonNode node, String path) {
        String raw = fields.text(node, path, false);
        if (raw == null) {
            return new Instant[2];
        }
        String[] parts = raw.split("--");
        if (parts.length != 2) {
            fields.reject(path, "must be <start>--<end> in ISO-8601, was '" + raw + "'");
            return new Instant[2];
        }
        return new Instant[] {fields.instant(StringNode.valueOf(parts[0]), path, true),
                fields.instant(StringNode.valueOf(parts[1]), path, true)};
    }

    private OrderLine line(JsonNode item, String path) {
        Money netCost = null;
        PriceUnit priceUnit = PriceUnit.EACH;
        JsonNode cost = item.path("netCost");
        if (fields.object(cost, path + ".netCost", false)) {
            netCost = money(fields, cost, path + ".netCost");
            PriceUnit unit = fields.oneOf(cost.path("unitOfMeasure"), path + ".netCost.unitOfMeasure", false,
                    PriceUnit.class, "POUNDS", "OUNCES", "GRAMS", "KILOGRAMS");
            priceUnit = unit == null ? PriceUnit.EACH : unit;
        }
        return new OrderLine(fields.text(item.path("itemSequenceNumber"), path + ".itemSequenceNumber", true),
                fields.text(item.path("amazonProductIdentifier"), path + ".amazonProductIdentifier", false),
                fields.text(item.path("vendorProductIdentifier"), path + ".vendorProductIdentifier", false),
                quantity(fields, item.path("orderedQuantity"), path + ".orderedQuantity"), netCost, priceUnit,
                Boolean.TRUE.equals(fields.bool(item.path("isBackOrderAllowed"), path + ".isBackOrderAllowed")));
    }

    static Quantity quantity(FieldReader fields, JsonNode node, String path) {
        if (!fields.object(node, path, true)) {
            return new Quantity(0L, null, null);
        }
        Long amount = fields.wholeNumber(node.path("amount"), path + ".amount", true, 0);
        UnitOfMeasure unit = fields.oneOf(node.path("unitOfMeasure"), path + ".unitOfMeasure", true,
                UnitOfMeasure.class, "Cases", "Eaches");
        Long unitSize = fields.wholeNumber(node.path("unitSize"), path + ".unitSize", false, 0);
        return new Quantity(amount == null ? 0L : amount, unit, unitSize);
    }

    static Money money(FieldReader fields, JsonNode node, String path) {
        var amount = fields.decimal(node.path("amount"), path + ".amount", true);
        String currency = fields.text(node.path("currencyCode"), path + ".currencyCode", true);
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            fields.reject(path + ".currencyCode", "must be an ISO 4217 code such as USD, was '" + currency + "'");
        }
        return amount == null || currency == null ? null : new Money(amount.setScale(4), currency);
    }
}
