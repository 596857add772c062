package dev.dockcheck.schemas;

import dev.dockcheck.events.ApprovalDecided;
import dev.dockcheck.events.CatalogItem;
import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.LabelPrinted;
import dev.dockcheck.events.PurchaseOrderAccepted;
import dev.dockcheck.events.PurchaseOrderReceived;
import dev.dockcheck.events.ShipmentConfirmed;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/**
 * The pipeline's topics, each with what its key is and the Avro type of its values. Keys are
 * plain strings; every PO-scoped topic is keyed by PO number so that per-PO order holds and the
 * topics are co-partitioned.
 */
public final class Topics {

    public static final Topic<PurchaseOrderReceived> PURCHASE_ORDERS_INBOUND =
            new Topic<>("purchase-orders.inbound", "PO number", PurchaseOrderReceived.class);
    public static final Topic<PurchaseOrderAccepted> PURCHASE_ORDERS =
            new Topic<>("purchase-orders", "PO number", PurchaseOrderAccepted.class);
    public static final Topic<ShipmentConfirmed> SHIPMENT_CONFIRMATIONS =
            new Topic<>("shipment-confirmations", "shipment identifier", ShipmentConfirmed.class);
    public static final Topic<CatalogItem> CATALOG_ITEMS =
            new Topic<>("catalog.items", "vendor SKU", CatalogItem.class);
    public static final Topic<LabelPrinted> LABELS_PRINTED =
            new Topic<>("labels.printed", "SSCC", LabelPrinted.class);
    public static final Topic<CheckCompleted> CHECK_RESULTS =
            new Topic<>("check-results", "PO number", CheckCompleted.class);
    public static final Topic<ApprovalDecided> APPROVAL_DECISIONS =
            new Topic<>("approval-decisions", "PO number", ApprovalDecided.class);

    private Topics() {
    }

    public static List<Topic<?>> all() {
        return List.of(PURCHASE_ORDERS_INBOUND, PURCHASE_ORDERS, SHIPMENT_CONFIRMATIONS, CATALOG_ITEMS,
                LABELS_PRINTED, CHECK_RESULTS, APPROVAL_DECISIONS);
    }

    /** A topic name, what its String key holds, and its value type. */
    public record Topic<V extends SpecificRecord>(String name, String key, Class<V> valueType) {

        /** Where a consumer puts a record of this topic that it gives up on. */
        public String deadLetterTopic() {
            return name + "-dlt";
        }
    }
}
