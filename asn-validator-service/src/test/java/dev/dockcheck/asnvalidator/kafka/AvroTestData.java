package dev.dockcheck.asnvalidator.kafka;

import dev.dockcheck.events.AcceptedLine;
import dev.dockcheck.events.Carton;
import dev.dockcheck.events.ContainerIdentifier;
import dev.dockcheck.events.ContainerItem;
import dev.dockcheck.events.Money;
import dev.dockcheck.events.OrderLine;
import dev.dockcheck.events.PurchaseOrderAccepted;
import dev.dockcheck.events.Quantity;
import dev.dockcheck.events.ShipmentConfirmationType;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.events.ShippedItem;
import dev.dockcheck.events.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Avro events for topology and integration tests. */
final class AvroTestData {

    static final Instant SUBMITTED = Instant.parse("2026-12-01T12:00:00Z");

    private AvroTestData() {
    }

    static Quantity eaches(long amount) {
        return Quantity.newBuilder().setAmount(amount).setUnitOfMeasure(UnitOfMeasure.EACHES).setUnitSize(1L).build();
    }

    static Quantity cases(long amount, long unitSize) {
        return Quantity.newBuilder().setAmount(amount).setUnitOfMeasure(UnitOfMeasure.CASES).setUnitSize(unitSize).build();
    }

    static ShippedItem item(String sequence, String asin, String po, Quantity quantity) {
        return ShippedItem.newBuilder().setItemSequenceNumber(sequence).setAsin(asin).setPurchaseOrderNumber(po)
                .setShippedQuantity(quantity).build();
    }

    /** An Original ASN with every item packed in one carton, exactly as shipped. */
    static ShipmentConfirmed asn(String identifier, ShippedItem... items) {
        Carton carton = Carton.newBuilder()
                .setIdentifiers(List.of(new ContainerIdentifier("SSCC", "00106141411234567897")))
                .setItems(List.of(items).stream().map(i -> new ContainerItem(i.getItemSequenceNumber(),
                        i.getShippedQuantity())).toList()).build();
        return ShipmentConfirmed.newBuilder().setShipmentIdentifier(identifier)
                .setConfirmationType(ShipmentConfirmationType.ORIGINAL).setVendorCode("VENDOR")
                .setShipmentConfirmationDate(SUBMITTED).setShippedDate(SUBMITTED).setDeclaredCartonCount(1)
                .setShippedItems(List.of(items)).setCartons(List.of(carton)).setPallets(List.of())
                .setReceivedAt(SUBMITTED).build();
    }

    /** A PO whose line {@code i} orders {@code eaches[i]} of ASIN {@code B0ASIN000<i+1>}. */
    static PurchaseOrderAccepted purchaseOrder(String number, long... eaches) {
        List<AcceptedLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < eaches.length; i++) {
            OrderLine line = OrderLine.newBuilder().setItemSequenceNumber(String.valueOf(i + 1))
                    .setAsin("B0ASIN000" + (i + 1)).setOrderedQuantity(AvroTestData.eaches(eaches[i])).build();
            lines.add(AcceptedLine.newBuilder().setLine(line).setEaches(eaches[i]).build());
        }
        Money zero = new Money(BigDecimal.ZERO.setScale(4), "USD");
        return PurchaseOrderAccepted.newBuilder().setPurchaseOrderNumber(number).setVendorCode("VENDOR")
                .setPurchaseOrderDate(SUBMITTED.minusSeconds(86_400)).setAcknowledgeBy(SUBMITTED)
                .setLines(lines).setTotalEaches(java.util.Arrays.stream(eaches).sum()).setTotalValue(zero)
                .setContentHash(number + "-v1").setAcceptedAt(SUBMITTED.minusSeconds(80_000)).build();
    }
}
