package dev.dockcheck.asnvalidator.kafka;

import dev.dockcheck.asnvalidator.domain.CheckResult;
import dev.dockcheck.asnvalidator.domain.ConfirmationType;
import dev.dockcheck.asnvalidator.domain.Container;
import dev.dockcheck.asnvalidator.domain.OrderedLine;
import dev.dockcheck.asnvalidator.domain.PackedItem;
import dev.dockcheck.asnvalidator.domain.PurchaseOrder;
import dev.dockcheck.asnvalidator.domain.Quantity;
import dev.dockcheck.asnvalidator.domain.ShipmentNotice;
import dev.dockcheck.asnvalidator.domain.ShippedItem;
import dev.dockcheck.asnvalidator.domain.UnitOfMeasure;
import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.CheckType;
import dev.dockcheck.events.ContainerItem;
import dev.dockcheck.events.Finding;
import dev.dockcheck.events.PurchaseOrderAccepted;
import dev.dockcheck.events.Severity;
import dev.dockcheck.events.ShipmentConfirmed;
import java.time.Instant;
import java.util.List;

/** Avro events to the ASN match's domain records, and its result back to a {@link CheckCompleted}. */
final class AsnMatchMapper {

    private AsnMatchMapper() {
    }

    static ShipmentNotice toNotice(ShipmentConfirmed asn) {
        return new ShipmentNotice(asn.getShipmentIdentifier(), confirmationType(asn), asn.getShipmentConfirmationDate(),
                asn.getShippedDate(), asn.getDeclaredCartonCount(), asn.getDeclaredPalletCount(),
                asn.getShippedItems().stream().map(AsnMatchMapper::toShippedItem).toList(),
                asn.getCartons().stream().map(c -> container(c.getItems())).toList(),
                asn.getPallets().stream().map(p -> container(p.getItems())).toList());
    }

    /** The POs an ASN covers: every distinct, non-blank {@code purchaseOrderNumber} of its items. */
    static List<String> purchaseOrderNumbers(ShipmentConfirmed asn) {
        return asn.getShippedItems().stream().map(dev.dockcheck.events.ShippedItem::getPurchaseOrderNumber)
                .filter(po -> po != null && !po.isBlank()).distinct().toList();
    }

    static PurchaseOrder toPurchaseOrder(PurchaseOrderAccepted po) {
        return new PurchaseOrder(po.getPurchaseOrderNumber(), po.getShipWindowStart(), po.getShipWindowEnd(),
                po.getLines().stream().map(l -> new OrderedLine(l.getLine().getItemSequenceNumber(),
                        l.getLine().getAsin(), l.getLine().getVendorSku(), l.getEaches())).toList());
    }

    static CheckCompleted toEvent(String poNumber, String shipmentIdentifier, CheckResult result, Instant checkedAt) {
        return CheckCompleted.newBuilder().setPoNumber(poNumber).setCheckType(CheckType.ASN_MATCH)
                .setSubjectId(shipmentIdentifier).setOutcome(CheckOutcome.valueOf(result.outcome().name()))
                .setFindings(result.findings().stream().map(AsnMatchMapper::toEvent).toList())
                .setCheckedAt(checkedAt).build();
    }

    private static Finding toEvent(dev.dockcheck.asnvalidator.domain.Finding finding) {
        return Finding.newBuilder().setCode(finding.code()).setSeverity(Severity.valueOf(finding.severity().name()))
                .setMessage(finding.message()).setPath(finding.path()).setExpected(finding.expected())
                .setActual(finding.actual()).build();
    }

    private static ShippedItem toShippedItem(dev.dockcheck.events.ShippedItem item) {
        return new ShippedItem(item.getItemSequenceNumber(), item.getAsin(), item.getVendorSku(),
                item.getPurchaseOrderNumber(), quantity(item.getShippedQuantity()));
    }

    private static Container container(List<ContainerItem> items) {
        return new Container(items.stream()
                .map(i -> new PackedItem(i.getItemReference(), quantity(i.getShippedQuantity()))).toList());
    }

    private static Quantity quantity(dev.dockcheck.events.Quantity quantity) {
        UnitOfMeasure unit = quantity.getUnitOfMeasure() == null ? UnitOfMeasure.UNKNOWN
                : switch (quantity.getUnitOfMeasure()) {
                    case CASES -> UnitOfMeasure.CASES;
                    case EACHES -> UnitOfMeasure.EACHES;
                    case UNKNOWN -> UnitOfMeasure.UNKNOWN;
                };
        return new Quantity(quantity.getAmount(), unit, quantity.getUnitSize());
    }

    private static ConfirmationType confirmationType(ShipmentConfirmed asn) {
        return switch (asn.getConfirmationType()) {
            case ORIGINAL -> ConfirmationType.ORIGINAL;
            case REPLACE -> ConfirmationType.REPLACE;
            case UNKNOWN -> ConfirmationType.UNKNOWN;
        };
    }
}
