package dev.dockcheck.asnvalidator.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the PO line a shipped item fills: the line with the same ASIN, else the line with the
 * same vendor SKU (an ASIN is more specific: one SKU can stand for several ASINs). Identifiers are
 * compared without surrounding blanks and case.
 */
final class LineMatching {

    private LineMatching() {
    }

    static Optional<OrderedLine> lineFor(ShippedItem item, PurchaseOrder po) {
        Optional<OrderedLine> byAsin = po.lines().stream().filter(l -> same(l.asin(), item.asin())).findFirst();
        return byAsin.or(() -> po.lines().stream().filter(l -> same(l.vendorSku(), item.vendorSku())).findFirst());
    }

    /** Shipped eaches per PO line, over the items of this PO whose quantity can be read. */
    static Map<OrderedLine, Long> shippedEachesByLine(MatchCase match, PurchaseOrder po) {
        Map<OrderedLine, Long> shipped = new LinkedHashMap<>();
        for (MatchCase.IndexedItem indexed : match.itemsOfThisPo()) {
            var eaches = indexed.item().quantity().eachesOrEmpty();
            lineFor(indexed.item(), po).ifPresent(line -> {
                if (eaches.isPresent()) {
                    shipped.merge(line, eaches.getAsLong(), Long::sum);
                }
            });
        }
        return shipped;
    }

    static boolean same(String a, String b) {
        return a != null && b != null && !a.isBlank() && a.strip().equalsIgnoreCase(b.strip());
    }
}
