package dev.dockcheck.labelchecker.domain;

import java.util.List;

/**
 * A carton or pallet of a shipment with the raw values of its SSCC identifiers (identifiers of
 * other types are not labels this check reads). {@code path} says where it sits in the ASN.
 */
public record Container(Kind kind, String path, List<String> ssccs) {

    public enum Kind { CARTON, PALLET }

    public Container {
        ssccs = List.copyOf(ssccs);
    }
}
