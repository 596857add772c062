package dev.dockcheck.poingest.kafka;

import dev.dockcheck.events.CatalogItem;
import dev.dockcheck.events.PurchaseOrderReceived;
import dev.dockcheck.poingest.domain.Catalog;
import dev.dockcheck.poingest.domain.Revision;
import dev.dockcheck.poingest.domain.UnitOfMeasureMapping;
import dev.dockcheck.poingest.domain.UomCheckResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Checks each received PO once per revision: an unchanged resend produces nothing, a changed PO is
 * checked again and marked as a change, an older copy is dropped. The last checked revision of each
 * PO lives in the {@value UomCheckTopology#REVISIONS_STORE} store; the catalog is the global store
 * {@value UomCheckTopology#CATALOG_STORE}, so a catalog change applies to the next PO.
 */
class PurchaseOrderCheckProcessor implements Processor<String, PurchaseOrderReceived, String, CheckedOrder> {

    private final UnitOfMeasureMapping check;
    private final CheckMetrics metrics;
    private final Clock clock;
    private ProcessorContext<String, CheckedOrder> context;
    private KeyValueStore<String, String> revisions;
    private Catalog catalog;

    PurchaseOrderCheckProcessor(UnitOfMeasureMapping check, CheckMetrics metrics, Clock clock) {
        this.check = check;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, CheckedOrder> context) {
        this.context = context;
        this.revisions = context.getStateStore(UomCheckTopology.REVISIONS_STORE);
        KeyValueStore<String, ValueAndTimestamp<CatalogItem>> items = context.getStateStore(UomCheckTopology.CATALOG_STORE);
        this.catalog = sku -> Optional.ofNullable(ValueAndTimestamp.getValueOrNull(items.get(sku)))
                .map(AvroToDomain::catalogEntry);
    }

    @Override
    public void process(Record<String, PurchaseOrderReceived> record) {
        PurchaseOrderReceived po = UncheckableOrders.checkable(record.value());
        String poNumber = po.getPurchaseOrderNumber();
        Revision previous = RevisionCodec.decode(revisions.get(poNumber));
        Revision incoming = new Revision(ContentHash.of(po), effectiveDate(po));
        Revision.Decision decision = Revision.decide(previous, incoming);
        metrics.intake("kafka", decision.name().toLowerCase(), 1);
        if (!decision.checks()) {
            return;
        }
        long started = System.nanoTime();
        UomCheckResult result = check.check(AvroToDomain.purchaseOrder(po), catalog, clock.instant());
        boolean change = decision == Revision.Decision.CHANGE;
        if (change) {
            result = result.asChangeOf(previous.effectiveDate(), incoming.effectiveDate());
        }
        metrics.checked(result.outcome().name(), Duration.ofNanos(System.nanoTime() - started));
        revisions.put(poNumber, RevisionCodec.encode(incoming));
        context.forward(record.withKey(poNumber).withValue(new CheckedOrder(
                DomainToAvro.accepted(po, result, incoming.contentHash(), change), DomainToAvro.checkCompleted(result))));
    }

    private static Instant effectiveDate(PurchaseOrderReceived po) {
        return po.getPurchaseOrderChangedDate() != null ? po.getPurchaseOrderChangedDate() : po.getPurchaseOrderDate();
    }
}
