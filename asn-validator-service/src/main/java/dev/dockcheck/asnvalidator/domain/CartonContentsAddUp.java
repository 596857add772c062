package dev.dockcheck.asnvalidator.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The quantities packed in the cartons (and directly on pallets) must add up to each shipped
 * item's quantity, in eaches (SP-API Vendor Shipments: {@code cartons[].items} reference
 * {@code shippedItems} by itemSequenceNumber). A mismatch is the label/ASN discrepancy Amazon
 * charges back for, so it FAILs. An ASN that declares no packed content at all is only noted.
 */
final class CartonContentsAddUp implements AsnRule {

    static final String CODE = "CARTON_CONTENT_MISMATCH";
    static final String NO_CONTENT = "CARTON_CONTENT_MISSING";

    @Override
    public String name() {
        return "cartonContentsAddUp";
    }

    @Override
    public List<Finding> apply(MatchCase match) {
        if (!match.asn().hasPackedContent()) {
            return List.of(Finding.info(NO_CONTENT, "cartons", "The ASN declares no carton or pallet content",
                    "items packed in cartons or on pallets", "none"));
        }
        List<Finding> findings = new ArrayList<>();
        for (MatchCase.IndexedItem indexed : match.itemsOfThisPo()) {
            OptionalLong shipped = indexed.item().quantity().eachesOrEmpty();
            OptionalLong packed = packedEaches(match.asn(), indexed.item().itemSequenceNumber());
            if (shipped.isPresent() && (packed.isEmpty() || packed.getAsLong() != shipped.getAsLong())) {
                findings.add(Finding.fail(CODE, indexed.path(), "Item " + indexed.item().itemSequenceNumber()
                                + " ships " + shipped.getAsLong() + " eaches but its cartons hold "
                                + (packed.isPresent() ? packed.getAsLong() : "an unreadable quantity"),
                        shipped.getAsLong(), packed.isPresent() ? packed.getAsLong() : "unreadable"));
            }
        }
        return findings;
    }

    private static OptionalLong packedEaches(ShipmentNotice asn, String itemSequenceNumber) {
        long total = 0;
        for (PackedItem packed : packedItems(asn)) {
            if (LineMatching.same(packed.itemReference(), itemSequenceNumber)) {
                OptionalLong eaches = packed.quantity().eachesOrEmpty();
                if (eaches.isEmpty()) {
                    return OptionalLong.empty();
                }
                total += eaches.getAsLong();
            }
        }
        return OptionalLong.of(total);
    }

    private static List<PackedItem> packedItems(ShipmentNotice asn) {
        return Stream.concat(asn.cartons().stream(), asn.pallets().stream())
                .flatMap(container -> container.items().stream()).toList();
    }
}
