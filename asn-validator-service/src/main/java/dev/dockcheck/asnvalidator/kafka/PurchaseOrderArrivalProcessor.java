package dev.dockcheck.asnvalidator.kafka;

import dev.dockcheck.asnvalidator.kafka.avro.AsnForPurchaseOrder;
import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.PurchaseOrderAccepted;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps every accepted PO in the changelogged store, keyed by PO number (the newest version wins,
 * a tombstone removes it), and matches the ASNs that were waiting for it.
 */
final class PurchaseOrderArrivalProcessor implements Processor<String, PurchaseOrderAccepted, String, CheckCompleted> {

    private final AsnChecks checks;
    private final AsnMatchMetrics metrics;
    private ProcessorContext<String, CheckCompleted> context;
    private KeyValueStore<String, PurchaseOrderAccepted> purchaseOrders;
    private WaitingAsns waiting;

    PurchaseOrderArrivalProcessor(AsnChecks checks, AsnMatchMetrics metrics) {
        this.checks = checks;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, CheckCompleted> context) {
        this.context = context;
        this.purchaseOrders = context.getStateStore(AsnMatchTopology.PURCHASE_ORDER_STORE);
        this.waiting = new WaitingAsns(context.getStateStore(AsnMatchTopology.WAITING_STORE));
    }

    @Override
    public void process(Record<String, PurchaseOrderAccepted> record) {
        if (record.value() == null) {
            purchaseOrders.delete(record.key());
            return;
        }
        purchaseOrders.put(record.key(), record.value());
        for (AsnForPurchaseOrder released : waiting.takeAll(record.key())) {
            context.forward(checks.matched(released, record.value(), context.currentSystemTimeMs()));
            metrics.waitingChanged(context.taskId(), -1);
        }
    }
}
