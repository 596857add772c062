package dev.dockcheck.asnvalidator.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@code Replace} confirmation may only reduce quantities against its {@code Original} (SP-API
 * Vendor Shipments). Any item of this PO shipped in more eaches than in the Original FAILs; an
 * item the Original did not have counts as raised from zero. Without a known Original this is
 * only noted.
 */
final class ReplaceOnlyReduces implements AsnRule {

    static final String CODE = "REPLACE_RAISES_QUANTITY";
    static final String NO_ORIGINAL = "ORIGINAL_NOT_FOUND";

    @Override
    public String name() {
        return "replaceOnlyReduces";
    }

    @Override
    public List<Finding> apply(MatchCase match) {
        if (match.asn().confirmationType() != ConfirmationType.REPLACE) {
            return List.of();
        }
        if (match.history().previousOriginal().isEmpty()) {
            return List.of(Finding.info(NO_ORIGINAL, "shipmentIdentifier", "No Original is known for this Replace",
                    "an Original " + match.asn().shipmentIdentifier(), "none"));
        }
        Map<String, Long> original = eachesByItem(match.history().previousOriginal().get(), match.poNumber());
        Map<String, Long> replaced = eachesByItem(match.asn(), match.poNumber());
        List<Finding> findings = new ArrayList<>();
        replaced.forEach((item, eaches) -> {
            long before = original.getOrDefault(item, 0L);
            if (eaches > before) {
                findings.add(Finding.fail(CODE, "shippedItems[" + item + "]", "Replace raises " + item
                        + " from " + before + " to " + eaches + " eaches", "at most " + before, eaches));
            }
        });
        return findings;
    }

    /** Eaches per item (by ASIN, else SKU, else sequence number) of one PO in one ASN. */
    private static Map<String, Long> eachesByItem(ShipmentNotice asn, String poNumber) {
        Map<String, Long> eaches = new TreeMap<>();
        for (ShippedItem item : asn.shippedItems()) {
            if (poNumber.equals(item.purchaseOrderNumber())) {
                item.quantity().eachesOrEmpty().ifPresent(n -> eaches.merge(itemKey(item), n, Long::sum));
            }
        }
        return eaches;
    }

    private static String itemKey(ShippedItem item) {
        if (item.asin() != null && !item.asin().isBlank()) {
            return "ASIN " + item.asin().strip();
        }
        return item.vendorSku() != null && !item.vendorSku().isBlank()
                ? "SKU " + item.vendorSku().strip() : "item " + item.itemSequenceNumber();
    }
}
