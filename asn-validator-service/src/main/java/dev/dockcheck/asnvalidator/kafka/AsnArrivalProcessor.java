package dev.dockcheck.asnvalidator.kafka;

import dev.dockcheck.asnvalidator.kafka.avro.AsnForPurchaseOrder;
import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.PurchaseOrderAccepted;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * One PO of an ASN, keyed by PO number (co-partitioned with {@code purchase-orders}): matched at
 * once when its PO is known, else kept waiting. A wall-clock punctuation fails every pair that has
 * waited longer than the timeout with PO_NOT_FOUND; no polling loop is involved.
 */
final class AsnArrivalProcessor implements Processor<String, AsnForPurchaseOrder, String, CheckCompleted> {

    private final AsnChecks checks;
    private final AsnMatchMetrics metrics;
    private final Duration timeout;
    private final Duration checkInterval;
    private ProcessorContext<String, CheckCompleted> context;
    private KeyValueStore<String, PurchaseOrderAccepted> purchaseOrders;
    private WaitingAsns waiting;

    AsnArrivalProcessor(AsnChecks checks, AsnMatchMetrics metrics, Duration timeout, Duration checkInterval) {
        this.checks = checks;
        this.metrics = metrics;
        this.timeout = timeout;
        this.checkInterval = checkInterval;
    }

    @Override
    public void init(ProcessorContext<String, CheckCompleted> context) {
        this.context = context;
        this.purchaseOrders = context.getStateStore(AsnMatchTopology.PURCHASE_ORDER_STORE);
        this.waiting = new WaitingAsns(context.getStateStore(AsnMatchTopology.WAITING_STORE));
        metrics.waiting(context.taskId(), waiting.count());
        context.schedule(checkInterval, PunctuationType.WALL_CLOCK_TIME, this::failThoseWaitedTooLong);
    }

    @Override
    public void process(Record<String, AsnForPurchaseOrder> record) {
        long now = context.currentSystemTimeMs();
        PurchaseOrderAccepted po = purchaseOrders.get(record.key());
        if (po != null) {
            context.forward(checks.matched(record.value(), po, now));
            return;
        }
        record.value().setWaitingSince(Instant.ofEpochMilli(now));
        long offset = context.recordMetadata().map(m -> m.offset()).orElse(now);
        waiting.add(record.key(), offset, record.value());
        metrics.waitingChanged(context.taskId(), 1);
    }

    private void failThoseWaitedTooLong(long now) {
        for (AsnForPurchaseOrder expired : waiting.takeWaitingSince(now - timeout.toMillis())) {
            context.forward(checks.poNotFound(expired, timeout, now));
        }
        metrics.waiting(context.taskId(), waiting.count());
    }

    @Override
    public void close() {
        metrics.taskClosed(context.taskId());
    }
}
