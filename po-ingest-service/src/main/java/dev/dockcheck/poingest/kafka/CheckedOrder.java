package dev.dockcheck.poingest.kafka;

import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.PurchaseOrderAccepted;

/** What the check emits for one PO, before it is split onto purchase-orders and check-results. */
record CheckedOrder(PurchaseOrderAccepted accepted, CheckCompleted result) {
}
