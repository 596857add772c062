package dev.dockcheck.poingest.domain;

import static dev.dockcheck.poingest.domain.Finding.fail;
import static dev.dockcheck.poingest.domain.Finding.info;
import static dev.dockcheck.poingest.domain.Finding.warn;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The unit-of-measure rules. Amazon orders {@code Cases} of {@code unitSize} eaches, or
 * {@code Eaches} (SP-API Vendor Orders, ItemQuantity); the vendor ships from its item master. Where
 * the two disagree the warehouse ships the wrong quantity, so every disagreement is a finding.
 */
public final class UomRules {

    private UomRules() {
    }

    /** Every rule, in the order their findings are reported. */
    public static List<UomRule> allCurrentRules(UomSettings settings) {
        return List.of(
                UomRule.named("item in catalog", UomRules::itemInCatalog),
                UomRule.named("ASIN matches catalog", UomRules::asinMatchesCatalog),
                UomRule.named("unit of measure known", UomRules::unitOfMeasureKnown),
                UomRule.named("quantity positive", UomRules::quantityPositive),
                UomRule.named("case pack matches catalog", UomRules::casePackMatches),
                UomRule.named("case size stated", UomRules::caseSizeStated),
                UomRule.named("case-only item in whole cases", UomRules::caseOnlyInWholeCases),
                UomRule.named("net cost within tolerance", line -> netCostWithinTolerance(line, settings)),
                UomRule.named("line value computable", UomRules::lineValueComputable),
                UomRule.named("quantities and value in range", ContractRange::quantitiesAndValueInRange));
    }

    /** An item that is not in the item master cannot be mapped at all. */
    static List<Finding> itemInCatalog(LineUnderCheck l) {
        if (l.item() != null) {
            return List.of();
        }
        String sku = l.line().vendorSku();
        return List.of(fail("ITEM_NOT_IN_CATALOG", l.path("vendorProductIdentifier"),
                sku == null ? "line has no vendor SKU to look up" : "vendor SKU " + sku + " is not in the catalog",
                "a catalog SKU", sku));
    }

    /** The same SKU under another ASIN hints at a wrong product identifier (SP-API 4Z32PABC shows one). */
    static List<Finding> asinMatchesCatalog(LineUnderCheck l) {
        String ordered = l.line().asin();
        String known = l.item() == null ? null : l.item().asin();
        return ordered == null || known == null || ordered.equals(known) ? List.of()
                : List.of(warn("ASIN_MISMATCH", l.path("amazonProductIdentifier"),
                        "ASIN differs from the catalog's for SKU " + l.item().vendorSku(), known, ordered));
    }

    /** SP-API knows Cases and Eaches; anything else, or nothing, cannot be converted to eaches. */
    static List<Finding> unitOfMeasureKnown(LineUnderCheck l) {
        UnitOfMeasure unit = l.quantity().unit();
        if (unit == null) {
            return List.of(fail("UOM_MISSING", l.path("orderedQuantity.unitOfMeasure"),
                    "ordered quantity has no unit of measure", "Cases|Eaches", null));
        }
        return unit != UnitOfMeasure.UNKNOWN ? List.of() : List.of(fail("UOM_UNKNOWN",
                l.path("orderedQuantity.unitOfMeasure"), "unknown unit of measure", "Cases|Eaches", unit));
    }

    /** An order of nothing, or of a negative amount, is not an order. */
    static List<Finding> quantityPositive(LineUnderCheck l) {
        Quantity q = l.quantity();
        if (q.amount() <= 0) {
            return List.of(fail("QUANTITY_NOT_POSITIVE", l.path("orderedQuantity.amount"),
                    "ordered quantity must be greater than 0", "> 0", q.amount()));
        }
        return q.unitSize() == null || q.unitSize() > 0 ? List.of() : List.of(fail("UNIT_SIZE_NOT_POSITIVE",
                l.path("orderedQuantity.unitSize"), "unit size must be greater than 0", "> 0", q.unitSize()));
    }

    /** Cases of 6 against a case pack of 12 ships twice (or half) the eaches Amazon wants. */
    static List<Finding> casePackMatches(LineUnderCheck l) {
        Long unitSize = l.quantity().unitSize();
        if (!l.inCases() || unitSize == null || l.item() == null || unitSize == l.item().eachesPerCase()) {
            return List.of();
        }
        return List.of(fail("CASE_PACK_MISMATCH", l.path("orderedQuantity.unitSize"),
                "Amazon orders cases of " + unitSize + " but the catalog's case pack is " + l.item().eachesPerCase(),
                l.item().eachesPerCase(), unitSize));
    }

    /** Cases without a unitSize say nothing about eaches; the catalog's case pack is only an assumption. */
    static List<Finding> caseSizeStated(LineUnderCheck l) {
        if (!l.inCases() || l.quantity().unitSize() != null) {
            return List.of();
        }
        if (l.item() == null) {
            return List.of(fail("CASE_SIZE_MISSING", l.path("orderedQuantity.unitSize"),
                    "Cases without a unitSize, and no catalog case pack to assume", "a unit size", null));
        }
        return List.of(warn("CASE_SIZE_FROM_CATALOG", l.path("orderedQuantity.unitSize"),
                "Cases without a unitSize; assumed the catalog's case pack", l.item().eachesPerCase(), null));
    }

    /** A case-only item ordered in eaches that do not fill whole cases cannot be shipped as ordered. */
    static List<Finding> caseOnlyInWholeCases(LineUnderCheck l) {
        Quantity q = l.quantity();
        if (q.unit() != UnitOfMeasure.EACHES || l.item() == null || !l.item().caseOnly() || q.amount() <= 0
                || q.amount() % l.item().eachesPerCase() == 0) {
            return List.of();
        }
        return List.of(warn("EACHES_NOT_WHOLE_CASES", l.path("orderedQuantity.amount"),
                "case-only item ordered in eaches that are not a multiple of the case pack "
                        + l.item().eachesPerCase(), "a multiple of " + l.item().eachesPerCase(), q.amount()));
    }

    /** netCost is per each (SP-API); far from the catalog's unit cost, the PO or the catalog is wrong. */
    static List<Finding> netCostWithinTolerance(LineUnderCheck l, UomSettings settings) {
        Money net = l.line().netCost();
        Money expected = l.item() == null ? null : l.item().unitCost();
        if (net == null || expected == null || l.line().priceUnit() != PriceUnit.EACH) {
            return List.of();
        }
        if (!net.currency().equals(expected.currency())) {
            return List.of(warn("NET_COST_CURRENCY_MISMATCH", l.path("netCost.currencyCode"),
                    "net cost is in another currency than the catalog's unit cost", expected.currency(), net.currency()));
        }
        if (expected.amount().signum() == 0) {
            return net.amount().signum() == 0 ? List.of() : List.of(warn("NET_COST_DEVIATION", l.path("netCost"),
                    "catalog unit cost is 0 but the PO has a net cost", expected, net));
        }
        BigDecimal percent = net.amount().subtract(expected.amount()).abs()
                .multiply(BigDecimal.valueOf(100)).divide(expected.amount(), MathContext.DECIMAL64);
        return percent.compareTo(settings.netCostTolerancePercent()) <= 0 ? List.of() : List.of(warn(
                "NET_COST_DEVIATION", l.path("netCost"), "net cost deviates " + percent.setScale(2,
                        java.math.RoundingMode.HALF_UP).toPlainString() + "% from the catalog unit cost (tolerance "
                        + settings.netCostTolerancePercent().toPlainString() + "%)", expected, net));
    }

    /** A weight-priced line's value needs the weight, which a PO does not carry: a person must look. */
    static List<Finding> lineValueComputable(LineUnderCheck l) {
        PriceUnit unit = l.line().priceUnit();
        if (l.line().netCost() == null) {
            return List.of(info("NET_COST_MISSING", l.path("netCost"), "line has no net cost; no value computed",
                    "a net cost", null));
        }
        if (unit.isWeight()) {
            return List.of(warn("WEIGHT_PRICED_LINE", l.path("netCost.unitOfMeasure"),
                    "priced per " + unit.name().toLowerCase() + ": the line value needs the weight, review it",
                    "EACH", unit));
        }
        return unit == PriceUnit.EACH ? List.of() : List.of(warn("PRICE_UNIT_UNKNOWN",
                l.path("netCost.unitOfMeasure"), "unknown price unit; no value computed", "EACH", unit));
    }
}
