package dev.dockcheck.poingest.kafka;

import dev.dockcheck.events.AcceptedLine;
import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.CheckType;
import dev.dockcheck.events.Money;
import dev.dockcheck.events.OrderLine;
import dev.dockcheck.events.PurchaseOrderAccepted;
import dev.dockcheck.events.PurchaseOrderReceived;
import dev.dockcheck.events.UnitOfMeasure;
import dev.dockcheck.schemas.Topics;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Takes a received PO, normalises it to eaches and publishes it with its UOM_MAPPING result, in
 * one Kafka transaction with the consumed offset.
 */
@Component
class PurchaseOrderIntakeListener {

    private final KafkaTemplate<String, Object> kafka;

    PurchaseOrderIntakeListener(KafkaTemplate<String, Object> kafka) {
        this.kafka = kafka;
    }

    @KafkaListener(id = "po-ingest", topics = "purchase-orders.inbound")
    void onPurchaseOrder(PurchaseOrderReceived order) {
        Instant now = Instant.now();
        kafka.send(Topics.PURCHASE_ORDERS.name(), order.getPurchaseOrderNumber(), accept(order, now));
        kafka.send(Topics.CHECK_RESULTS.name(), order.getPurchaseOrderNumber(), CheckCompleted.newBuilder()
                .setPoNumber(order.getPurchaseOrderNumber()).setCheckType(CheckType.UOM_MAPPING)
                .setSubjectId(order.getPurchaseOrderNumber()).setOutcome(CheckOutcome.PASS)
                .setFindings(List.of()).setCheckedAt(now).build());
    }

    private static PurchaseOrderAccepted accept(PurchaseOrderReceived order, Instant now) {
        List<AcceptedLine> lines = order.getItems().stream().map(PurchaseOrderIntakeListener::accept).toList();
        BigDecimal total = lines.stream().filter(l -> l.getLineValue() != null)
                .map(l -> l.getLineValue().getAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return PurchaseOrderAccepted.newBuilder().setPurchaseOrderNumber(order.getPurchaseOrderNumber())
                .setVendorCode(order.getVendorCode()).setPurchaseOrderDate(order.getPurchaseOrderDate())
                .setAcknowledgeBy(order.getPurchaseOrderDate().plus(Duration.ofHours(24)))
                .setShipWindowStart(order.getShipWindowStart()).setShipWindowEnd(order.getShipWindowEnd())
                .setLines(lines).setTotalEaches(lines.stream().mapToLong(AcceptedLine::getEaches).sum())
                .setTotalValue(new Money(total.setScale(4), "USD"))
                .setContentHash(Integer.toHexString(order.hashCode())).setAcceptedAt(now).build();
    }

    private static AcceptedLine accept(OrderLine line) {
        var quantity = line.getOrderedQuantity();
        long eaches = quantity.getUnitOfMeasure() == UnitOfMeasure.CASES && quantity.getUnitSize() != null
                ? quantity.getAmount() * quantity.getUnitSize() : quantity.getAmount();
        Money value = line.getNetCost() == null ? null : new Money(
                line.getNetCost().getAmount().multiply(BigDecimal.valueOf(eaches)).setScale(4),
                line.getNetCost().getCurrencyCode());
        return new AcceptedLine(line, eaches, value);
    }
}
