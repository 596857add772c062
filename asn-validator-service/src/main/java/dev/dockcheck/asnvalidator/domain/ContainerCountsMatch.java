package dev.dockcheck.asnvalidator.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The carton and pallet counts declared in {@code shipmentMeasurements} should equal the cartons
 * and pallets the ASN lists. A difference WARNs: the receiving dock counts what arrives.
 */
final class ContainerCountsMatch implements AsnRule {

    static final String CARTONS = "CARTON_COUNT_MISMATCH";
    static final String PALLETS = "PALLET_COUNT_MISMATCH";

    @Override
    public String name() {
        return "containerCountsMatch";
    }

    @Override
    public List<Finding> apply(MatchCase match) {
        ShipmentNotice asn = match.asn();
        List<Finding> findings = new ArrayList<>();
        if (asn.declaredCartonCount() != null && asn.declaredCartonCount() != asn.cartons().size()) {
            findings.add(Finding.warn(CARTONS, "shipmentMeasurements.cartonCount", "Declared "
                    + asn.declaredCartonCount() + " cartons but lists " + asn.cartons().size(),
                    asn.declaredCartonCount(), asn.cartons().size()));
        }
        if (asn.declaredPalletCount() != null && asn.declaredPalletCount() != asn.pallets().size()) {
            findings.add(Finding.warn(PALLETS, "shipmentMeasurements.palletCount", "Declared "
                    + asn.declaredPalletCount() + " pallets but lists " + asn.pallets().size(),
                    asn.declaredPalletCount(), asn.pallets().size()));
        }
        return findings;
    }
}
