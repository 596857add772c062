package dev.dockcheck.labelchecker.kafka;

import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.CheckType;
import dev.dockcheck.events.Finding;
import dev.dockcheck.labelchecker.domain.ShipmentVerdict;
import java.time.Instant;

/** One {@code CheckCompleted} of type SSCC for one PO of a shipment, whose subject is the shipment id. */
final class CheckResults {

    private CheckResults() {
    }

    static CheckCompleted of(ShipmentVerdict verdict, String purchaseOrder, Instant checkedAt) {
        return CheckCompleted.newBuilder().setPoNumber(purchaseOrder).setCheckType(CheckType.SSCC)
                .setSubjectId(verdict.shipmentId()).setOutcome(CheckOutcome.valueOf(verdict.outcome().name()))
                .setFindings(verdict.findings().stream().map(CheckResults::finding).toList())
                .setCheckedAt(checkedAt).build();
    }

    private static Finding finding(dev.dockcheck.labelchecker.domain.Finding f) {
        return Finding.newBuilder().setCode(f.code())
                .setSeverity(dev.dockcheck.events.Severity.valueOf(f.severity().name())).setMessage(f.message())
                .setPath(f.path()).setExpected(f.expected()).setActual(f.actual()).build();
    }
}
