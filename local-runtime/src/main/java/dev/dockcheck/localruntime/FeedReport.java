package dev.dockcheck.localruntime;

import dev.dockcheck.events.Carton;
import dev.dockcheck.events.PurchaseOrderReceived;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.schemas.Topics;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** What {@code --feed} sent, one line per record. */
final class FeedReport {

    private FeedReport() {
    }

    static List<String> lines(SampleData data) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-24s %d items, %s .. %s", Topics.CATALOG_ITEMS.name(), data.catalog().size(),
                data.catalog().get(0).getVendorSku(), data.catalog().get(data.catalog().size() - 1).getVendorSku()));
        for (PurchaseOrderReceived order : data.allOrders()) {
            boolean held = order == data.highValueOrder();
            lines.add(String.format("%-24s %-14s %d line(s), %,d eaches, %s USD%s", Topics.PURCHASE_ORDERS_INBOUND.name(),
                    order.getPurchaseOrderNumber(), order.getItems().size(), SampleData.eaches(order),
                    SampleData.value(order).setScale(2, RoundingMode.HALF_UP).toPlainString(),
                    held ? "  <- high value: expect a hold" : ""));
        }
        for (ShipmentConfirmed shipment : data.shipments()) {
            List<String> ssccs = new ArrayList<>();
            for (Carton carton : shipment.getCartons()) {
                carton.getIdentifiers().forEach(id -> ssccs.add(id.getValue()));
            }
            lines.add(String.format("%-24s %-14s %d carton(s), SSCC %s", Topics.SHIPMENT_CONFIRMATIONS.name(),
                    shipment.getShipmentIdentifier(), shipment.getCartons().size(), String.join(" ", ssccs)));
        }
        return lines;
    }
}
