package dev.dockcheck.asnvalidator.domain;

import java.util.List;

/** A carton or a pallet of an ASN, with the items packed directly in it. */
public record Container(List<PackedItem> items) {

    public Container {
        items = List.copyOf(items);
    }
}
