package dev.dockcheck.approval.domain;

import java.util.Map;

/** The global thresholds, and the vendors that have their own. */
public record VendorThresholds(Thresholds global, Map<String, Thresholds> byVendor) {

    public VendorThresholds {
        byVendor = Map.copyOf(byVendor);
    }

    public Thresholds forVendor(String vendorCode) {
        return vendorCode == null ? global : byVendor.getOrDefault(vendorCode, global);
    }
}
