package dev.dockcheck.asnvalidator.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ASN match: checks one PO of an advance shipment notice against that PO, against its own
 * cartons, and against what was confirmed before under the same shipment identifier. Every rule
 * runs and every finding is kept; the outcome is the worst severity found.
 */
public final class AsnMatch {

    public static final String PO_NOT_FOUND = "PO_NOT_FOUND";

    private final AsnMatchSettings settings;

    public AsnMatch(AsnMatchSettings settings) {
        this.settings = settings;
    }

    public static List<AsnRule> allRules() {
        return List.of(new ItemsOnOrder(), new ShippedQuantitiesReadable(), new NoOverage(),
                new ShortageWithinTolerance(), new CartonContentsAddUp(), new ContainerCountsMatch(),
                new ShipDateNearSubmission(), new ShipDateInShipWindow(), new IdentifierNotReused(),
                new ReplaceOnlyReduces());
    }

    /** Checks the items of {@code po} in {@code asn}; {@code now} is when the ASN was submitted. */
    public CheckResult check(ShipmentNotice asn, PurchaseOrder po, ShipmentHistory history, Instant now) {
        return run(new MatchCase(asn, po.number(), Optional.of(po), history, now, settings), List.of());
    }

    /**
     * The PO never arrived within {@code waited}: FAIL {@value #PO_NOT_FOUND}, together with what
     * the rules that need no PO find.
     */
    public CheckResult poNotFound(ShipmentNotice asn, String poNumber, ShipmentHistory history, Instant now,
            Duration waited) {
        Finding notFound = Finding.fail(PO_NOT_FOUND, "shippedItems[].purchaseOrderNumber", "PO " + poNumber
                + " did not arrive within " + waited, "PO " + poNumber, "not received");
        return run(new MatchCase(asn, poNumber, Optional.empty(), history, now, settings), List.of(notFound));
    }

    private static CheckResult run(MatchCase match, List<Finding> first) {
        List<Finding> findings = new ArrayList<>(first);
        allRules().forEach(rule -> findings.addAll(rule.apply(match)));
        return CheckResult.of(findings);
    }
}
