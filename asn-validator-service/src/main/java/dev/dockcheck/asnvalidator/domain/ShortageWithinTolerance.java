package dev.dockcheck.asnvalidator.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * A PO line shipped short by more than the configured tolerance (a percentage of the ordered
 * eaches) WARNs: Amazon accepts short shipments, but the vendor wants to know. A line of the PO
 * that this ASN does not ship at all counts as shipped zero.
 */
final class ShortageWithinTolerance implements AsnRule {

    static final String CODE = "SHORT_SHIPPED";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String name() {
        return "shortageWithinTolerance";
    }

    @Override
    public List<Finding> apply(MatchCase match) {
        return match.po().map(po -> {
            Map<OrderedLine, Long> shipped = LineMatching.shippedEachesByLine(match, po);
            return po.lines().stream().filter(line -> line.eaches() > 0)
                    .filter(line -> shortagePercent(line, shipped.getOrDefault(line, 0L))
                            .compareTo(match.settings().shortageTolerancePercent()) > 0)
                    .map(line -> finding(line, shipped.getOrDefault(line, 0L), match))
                    .toList();
        }).orElse(List.of());
    }

    private static BigDecimal shortagePercent(OrderedLine line, long shipped) {
        return BigDecimal.valueOf(line.eaches() - shipped).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(line.eaches()), 2, RoundingMode.HALF_UP);
    }

    private static Finding finding(OrderedLine line, long shipped, MatchCase match) {
        return Finding.warn(CODE, "po.items[" + line.itemSequenceNumber() + "]",
                "Line " + line.itemSequenceNumber() + " shipped " + shortagePercent(line, shipped).stripTrailingZeros()
                        .toPlainString() + " % short, over the tolerance of "
                        + match.settings().shortageTolerancePercent().toPlainString() + " %",
                line.eaches(), shipped);
    }
}
