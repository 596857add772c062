package dev.dockcheck.asnvalidator.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What every rule looks at: the ASN, the one PO of it being checked (empty when it never arrived),
 * what was confirmed before under the same identifier, and when the ASN was submitted.
 */
public record MatchCase(ShipmentNotice asn, String poNumber, Optional<PurchaseOrder> po, ShipmentHistory history,
        Instant now, AsnMatchSettings settings) {

    /** A shipped item of this PO, with its index in {@code shippedItems} for the finding's path. */
    public record IndexedItem(int index, ShippedItem item) {

        String path() {
            return "shippedItems[" + index + "]";
        }
    }

    public List<IndexedItem> itemsOfThisPo() {
        return IntStream.range(0, asn.shippedItems().size())
                .mapToObj(i -> new IndexedItem(i, asn.shippedItems().get(i)))
                .filter(indexed -> poNumber.equals(indexed.item().purchaseOrderNumber()))
                .toList();
    }
}
