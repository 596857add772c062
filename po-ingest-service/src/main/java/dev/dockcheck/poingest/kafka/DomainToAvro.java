package dev.dockcheck.poingest.kafka;

import dev.dockcheck.events.AcceptedLine;
import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.CheckType;
import dev.dockcheck.events.PurchaseOrderAccepted;
import dev.dockcheck.events.PurchaseOrderReceived;
import dev.dockcheck.poingest.domain.Finding;
import dev.dockcheck.poingest.domain.Money;
import dev.dockcheck.poingest.domain.UomCheckResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Writes a checked PO as the Avro contracts: PurchaseOrderAccepted and CheckCompleted (UOM_MAPPING). */
public final class DomainToAvro {

    /** SP-API: a PO must be acknowledged within 24 hours of its purchaseOrderDate. */
    static final Duration ACKNOWLEDGEMENT_WINDOW = Duration.ofHours(24);

    private DomainToAvro() {
    }

    public static PurchaseOrderAccepted accepted(PurchaseOrderReceived po, UomCheckResult result, String contentHash,
            boolean change) {
        List<AcceptedLine> lines = new ArrayList<>();
        for (int i = 0; i < po.getItems().size(); i++) {
            var mapped = result.lines().get(i);
            lines.add(new AcceptedLine(po.getItems().get(i), mapped.eaches(), money(mapped.value())));
        }
        var total = result.totalValue() != null ? money(result.totalValue())
                : new dev.dockcheck.events.Money(BigDecimal.ZERO.setScale(4), currencyOf(po));
        return PurchaseOrderAccepted.newBuilder().setPurchaseOrderNumber(po.getPurchaseOrderNumber())
                .setVendorCode(po.getVendorCode()).setPurchaseOrderDate(po.getPurchaseOrderDate())
                .setAcknowledgeBy(po.getPurchaseOrderDate().plus(ACKNOWLEDGEMENT_WINDOW))
                .setShipWindowStart(po.getShipWindowStart()).setShipWindowEnd(po.getShipWindowEnd())
                .setLines(lines).setTotalEaches(result.totalEaches()).setTotalValue(total)
                .setContentHash(contentHash).setAcceptedAt(result.checkedAt())
                .setPurchaseOrderChangedDate(po.getPurchaseOrderChangedDate()).setChange(change).build();
    }

    public static CheckCompleted checkCompleted(UomCheckResult result) {
        return CheckCompleted.newBuilder().setPoNumber(result.poNumber()).setCheckType(CheckType.UOM_MAPPING)
                .setSubjectId(result.poNumber()).setOutcome(CheckOutcome.valueOf(result.outcome().name()))
                .setFindings(result.findings().stream().map(DomainToAvro::finding).toList())
                .setCheckedAt(result.checkedAt()).build();
    }

    static dev.dockcheck.events.Finding finding(Finding f) {
        return new dev.dockcheck.events.Finding(f.code(), dev.dockcheck.events.Severity.valueOf(f.severity().name()),
                f.message(), f.path(), f.expected(), f.actual());
    }

    static dev.dockcheck.events.Money money(Money money) {
        return money == null ? null : new dev.dockcheck.events.Money(money.amount(), money.currency());
    }

    private static String currencyOf(PurchaseOrderReceived po) {
        return po.getItems().stream().filter(l -> l.getNetCost() != null)
                .map(l -> l.getNetCost().getCurrencyCode()).findFirst().orElse("USD");
    }
}
