package dev.dockcheck.poingest.kafka;

import dev.dockcheck.events.CatalogItem;
import dev.dockcheck.events.PurchaseOrderReceived;
import dev.dockcheck.poingest.domain.CatalogEntry;
import dev.dockcheck.poingest.domain.Money;
import dev.dockcheck.poingest.domain.OrderLine;
import dev.dockcheck.poingest.domain.PriceUnit;
import dev.dockcheck.poingest.domain.PurchaseOrder;
import dev.dockcheck.poingest.domain.Quantity;
import dev.dockcheck.poingest.domain.UnitOfMeasure;

/** Reads the Avro contracts into the domain's records. */
public final class AvroToDomain {

    private AvroToDomain() {
    }

    public static PurchaseOrder purchaseOrder(PurchaseOrderReceived po) {
        return new PurchaseOrder(po.getPurchaseOrderNumber(), po.getVendorCode(), po.getPurchaseOrderDate(),
                po.getPurchaseOrderChangedDate(), po.getItems().stream().map(AvroToDomain::line).toList());
    }

    static OrderLine line(dev.dockcheck.events.OrderLine line) {
        var q = line.getOrderedQuantity();
        UnitOfMeasure unit = q.getUnitOfMeasure() == null ? null : UnitOfMeasure.valueOf(q.getUnitOfMeasure().name());
        return new OrderLine(line.getItemSequenceNumber(), line.getAsin(), line.getVendorSku(),
                new Quantity(q.getAmount(), unit, q.getUnitSize()), money(line.getNetCost()),
                line.getPriceUnit() == null ? PriceUnit.EACH : PriceUnit.valueOf(line.getPriceUnit().name()));
    }

    public static CatalogEntry catalogEntry(CatalogItem item) {
        return new CatalogEntry(item.getVendorSku(), item.getAsin(), item.getGtin(), item.getEachesPerCase(),
                item.getCasesPerPallet(), item.getCaseOnly(), money(item.getUnitCost()));
    }

    static Money money(dev.dockcheck.events.Money money) {
        return money == null ? null : new Money(money.getAmount(), money.getCurrencyCode());
    }
}
