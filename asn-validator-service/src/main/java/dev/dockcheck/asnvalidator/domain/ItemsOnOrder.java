package dev.dockcheck.asnvalidator.domain;

import java.util.List;

/**
 * Every shipped item of a PO must be one of that PO's lines (SP-API Vendor Shipments: the ASN
 * confirms what was shipped against the PO). An item the PO does not order FAILs.
 */
final class ItemsOnOrder implements AsnRule {

    static final String CODE = "ITEM_NOT_ON_PO";

    @Override
    public String name() {
        return "itemsOnOrder";
    }

    @Override
    public List<Finding> apply(MatchCase match) {
        return match.po().map(po -> match.itemsOfThisPo().stream()
                .filter(indexed -> LineMatching.lineFor(indexed.item(), po).isEmpty())
                .map(indexed -> Finding.fail(CODE, indexed.path(),
                        "Shipped item " + describe(indexed.item()) + " is not on PO " + po.number(),
                        "an item of PO " + po.number(), describe(indexed.item())))
                .toList()).orElse(List.of());
    }

    static String describe(ShippedItem item) {
        return "ASIN " + item.asin() + " / SKU " + item.vendorSku();
    }
}
