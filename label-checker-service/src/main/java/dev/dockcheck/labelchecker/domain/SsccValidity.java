package dev.dockcheck.labelchecker.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the labels of one shipment are valid SSCCs, each rule collecting every finding (GS1
 * General Specifications, section 2.2.1 and 7.9; Amazon vendor ASN requirements):
 * <ul>
 *   <li>{@code SSCC_MALFORMED} FAIL: neither {@code 00}+18 digits nor 18 digits after trimming
 *       spaces; {@code SSCC_WHITESPACE} WARN when trimming was needed.</li>
 *   <li>{@code SSCC_CHECK_DIGIT} FAIL: the GS1 mod-10 check digit does not match.</li>
 *   <li>{@code SSCC_COMPANY_PREFIX} WARN: not one of the vendor's GS1 company prefixes.</li>
 *   <li>{@code SSCC_MISSING} FAIL: a carton without an SSCC where the region requires one.</li>
 *   <li>{@code SSCC_DUPLICATE_IN_SHIPMENT} FAIL: the same SSCC on two labels of one ASN.</li>
 * </ul>
 * Reuse across shipments needs the registry of seen SSCCs: see {@link SsccReuse}.
 */
public final class SsccValidity {

    private SsccValidity() {
    }

    public static List<Finding> check(ShipmentLabels shipment, LabelSettings settings) {
        List<Finding> findings = new ArrayList<>();
        List<String> prefixes = settings.companyPrefixes().get(shipment.vendorCode());
        for (Container container : shipment.containers()) {
            findings.addAll(cartonWithoutSscc(container, settings));
            for (int i = 0; i < container.ssccs().size(); i++) {
                String path = container.path() + ".identifiers[" + i + "]";
                String raw = container.ssccs().get(i);
                Optional<Sscc> sscc = Sscc.parse(raw);
                findings.addAll(form(raw, sscc, path));
                sscc.ifPresent(s -> findings.addAll(checkDigit(s, path)));
                sscc.ifPresent(s -> findings.addAll(companyPrefix(s, prefixes, path)));
            }
        }
        findings.addAll(duplicatesInShipment(shipment));
        return findings;
    }

    /**
     * The distinct well-formed SSCCs of a shipment, in order, each with where it first appears: the
     * ones the shipment claims in the registry (a wrong check digit is still a label in use).
     */
    public static Map<Sscc, String> claimed(ShipmentLabels shipment) {
        Map<Sscc, String> ssccs = new LinkedHashMap<>();
        for (Container container : shipment.containers()) {
            for (int i = 0; i < container.ssccs().size(); i++) {
                String path = container.path() + ".identifiers[" + i + "]";
                Sscc.parse(container.ssccs().get(i)).ifPresent(sscc -> ssccs.putIfAbsent(sscc, path));
            }
        }
        return ssccs;
    }

    static List<Finding> form(String raw, Optional<Sscc> sscc, String path) {
        if (sscc.isEmpty()) {
            return List.of(new Finding("SSCC_MALFORMED", Severity.FAIL,
                    "An SSCC is 00 followed by 18 digits, or the 18 digits alone", path,
                    "00 + 18 digits, or 18 digits", raw));
        }
        if (!raw.equals(raw.strip())) {
            return List.of(new Finding("SSCC_WHITESPACE", Severity.WARN,
                    "The SSCC has surrounding spaces; it was read without them", path, raw.strip(), raw));
        }
        return List.of();
    }

    static List<Finding> checkDigit(Sscc sscc, String path) {
        if (sscc.hasValidCheckDigit()) {
            return List.of();
        }
        return List.of(new Finding("SSCC_CHECK_DIGIT", Severity.FAIL,
                "SSCC " + sscc + " fails the GS1 mod-10 check digit", path,
                String.valueOf(sscc.expectedCheckDigit()), String.valueOf(sscc.checkDigit())));
    }

    static List<Finding> companyPrefix(Sscc sscc, List<String> prefixes, String path) {
        if (prefixes == null || prefixes.isEmpty() || prefixes.stream().anyMatch(sscc::hasCompanyPrefix)) {
            return List.of();
        }
        return List.of(new Finding("SSCC_COMPANY_PREFIX", Severity.WARN,
                "SSCC " + sscc + " does not carry one of the vendor's GS1 company prefixes", path,
                String.join("|", prefixes), sscc.digits().substring(1)));
    }

    static List<Finding> cartonWithoutSscc(Container container, LabelSettings settings) {
        if (!settings.cartonSsccRequired() || container.kind() != Container.Kind.CARTON || !container.ssccs().isEmpty()) {
            return List.of();
        }
        return List.of(new Finding("SSCC_MISSING", Severity.FAIL,
                "Every carton must carry an SSCC label in this region", container.path(), "an SSCC", "none"));
    }

    static List<Finding> duplicatesInShipment(ShipmentLabels shipment) {
        Map<Sscc, String> firstPath = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (Container container : shipment.containers()) {
            for (int i = 0; i < container.ssccs().size(); i++) {
                String path = container.path() + ".identifiers[" + i + "]";
                Sscc.parse(container.ssccs().get(i)).ifPresent(sscc -> {
                    String first = firstPath.putIfAbsent(sscc, path);
                    if (first != null) {
                        findings.add(new Finding("SSCC_DUPLICATE_IN_SHIPMENT", Severity.FAIL,
                                "SSCC " + sscc + " labels two containers of this shipment; first at " + first,
                                path, "a distinct SSCC per container", sscc.digits()));
                    }
                });
            }
        }
        return findings;
    }
}
