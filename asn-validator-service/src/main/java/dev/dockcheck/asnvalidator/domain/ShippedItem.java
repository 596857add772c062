package dev.dockcheck.asnvalidator.domain;

/** One entry of an ASN's {@code shippedItems}: which item, for which PO, and how much. */
public record ShippedItem(String itemSequenceNumber, String asin, String vendorSku, String purchaseOrderNumber,
        Quantity quantity) {
}
