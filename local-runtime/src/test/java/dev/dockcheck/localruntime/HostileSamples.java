package dev.dockcheck.localruntime;

import dev.dockcheck.events.CatalogItem;
import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.CheckType;
import dev.dockcheck.events.Finding;
import dev.dockcheck.events.LabelPrinted;
import dev.dockcheck.events.Money;
import dev.dockcheck.events.OrderLine;
import dev.dockcheck.events.PurchaseOrderAccepted;
import dev.dockcheck.events.PurchaseOrderReceived;
import dev.dockcheck.events.Quantity;
import dev.dockcheck.events.Severity;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.events.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Well-formed Avro values with absurd contents: negative and extreme quantities, 19-digit SSCCs,
 * odd Unicode (RTL marks, zero-width joiners, NULs, a BOM, combining marks, an unpaired surrogate,
 * which UTF-8 cannot carry and Avro writes as {@code ?}) and strings of {@link #BIG_STRING_CHARS}.
 */
final class HostileSamples {

    /**
     * "Several MB": 3 MiB of characters (about 3.1 MB of UTF-8). The broker's default message.max.bytes is 1 MiB per
     * (compressed) batch, so such a record reaches a topic only from a producer with a larger
     * max.request.size and compression; it then decompresses to 3 MiB in every consumer.
     */
    static final int BIG_STRING_CHARS = 3 * 1024 * 1024;

    static final List<String> ODD = List.of(
            "\u202Eevil\u202C",                          // right-to-left override … pop
            "\u200F\u05D0\u05D1\u200E",                  // RLM, Hebrew, LRM
            "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", // family emoji with zero-width joiners
            "nul\u0000in\u0000side",
            "\uFEFFbom",
            "e\u0301\u0301\u0301",                       // stacked combining marks
            "lone\uD800surrogate",                       // not encodable in UTF-8: arrives as '?'
            "zero\u200Bwidth\u2060space",
            "");

    private HostileSamples() {
    }

    static String odd(int i) {
        return ODD.get(Math.floorMod(i, ODD.size()));
    }

    static String big(char seed) {
        StringBuilder out = new StringBuilder(BIG_STRING_CHARS);
        String unit = String.valueOf(seed).repeat(30) + "\u200D"; // mostly ASCII: about 3.1 MB of UTF-8
        while (out.length() < BIG_STRING_CHARS) {
            out.append(unit);
        }
        out.setLength(BIG_STRING_CHARS);
        return out.toString();
    }

    /**
     * An absurd but decodable PO: the UoM check must FAIL it (negative or zero quantities, unknown
     * SKUs). With {@code poisonPill}, also extreme quantities and a several-MB SKU, which po-ingest
     * cannot yet turn into a result (see local-runtime/README.md).
     */
    static PurchaseOrderReceived absurdOrder(String number, int i, Instant now, boolean poisonPill) {
        PurchaseOrderReceived template = SampleData.create(now).highValueOrder();
        List<OrderLine> lines = new ArrayList<>();
        // Long.MIN/MAX_VALUE eaches at this cost give a line value beyond Money's 19 digits: a poison pill
        long[] amounts = poisonPill ? new long[] {Long.MIN_VALUE, Long.MAX_VALUE} : new long[] {-5, 0, -1_000_000, -1, 7};
        boolean bigString = poisonPill;
        for (int l = 0; l < 3; l++) {
            lines.add(OrderLine.newBuilder(template.getItems().get(0))
                    .setItemSequenceNumber(odd(i + l) + l)
                    .setVendorSku(bigString && l == 0 ? big('S') : "ABSURD-" + odd(i + l) + "-" + l)
                    .setAsin(odd(i + l + 1))
                    .setOrderedQuantity(new Quantity(amounts[(i + l) % amounts.length],
                            l == 2 ? UnitOfMeasure.CASES : UnitOfMeasure.EACHES, l == 2 ? -12L : 1L))
                    .setNetCost(new Money(new BigDecimal("-99999.9999"), odd(i)))
                    .build());
        }
        return PurchaseOrderReceived.newBuilder(template).setPurchaseOrderNumber(number)
                .setVendorCode(odd(i + 3) + "V").setShipToPartyId(odd(i + 4)).setItems(lines).build();
    }

    /** An absurd catalog entry: negative pack sizes, odd Unicode, a 19-digit "GTIN". */
    static CatalogItem absurdCatalogItem(String sku, int i, Instant now, boolean bigString) {
        return CatalogItem.newBuilder()
                .setVendorSku(sku)
                .setAsin(bigString ? big('A') : odd(i))
                .setGtin("1234567890123456789")
                .setEachesPerCase(i % 2 == 0 ? -12 : Integer.MIN_VALUE)
                .setCasesPerPallet(-1)
                .setCaseOnly(true)
                .setUnitCost(new Money(new BigDecimal("-1.0000"), odd(i + 1)))
                .setUpdatedAt(now)
                .build();
    }

    /** An absurd print: a 19-digit "SSCC", or odd Unicode, or a huge string. */
    static LabelPrinted absurdLabel(int i, Instant now, boolean bigString) {
        String sscc = bigString ? big('9') : i % 2 == 0 ? "1234567890123456789" : "00" + odd(i) + "1234";
        return new LabelPrinted(sscc, "SHP-" + odd(i), odd(i + 1), now);
    }

    /** An accepted PO as po-ingest would publish it (no lines), for the approval-service to decide. */
    static PurchaseOrderAccepted accepted(String number, Instant now, long totalEaches, String amount, String text) {
        return PurchaseOrderAccepted.newBuilder()
                .setPurchaseOrderNumber(number)
                .setVendorCode(SampleData.VENDOR + text)
                .setPurchaseOrderDate(now)
                .setAcknowledgeBy(now.plusSeconds(86_400))
                .setShipWindowStart(null)
                .setShipWindowEnd(null)
                .setLines(List.of())
                .setTotalEaches(totalEaches)
                .setTotalValue(new Money(new BigDecimal(amount), "USD"))
                .setContentHash("hash-" + number)
                .setAcceptedAt(now)
                .setPurchaseOrderChangedDate(null)
                .setChange(false)
                .build();
    }

    /** A UOM_MAPPING result for {@code number}. */
    static CheckCompleted uomResult(String number, CheckOutcome outcome, String text, Instant now) {
        List<Finding> findings = outcome == CheckOutcome.PASS ? List.of()
                : List.of(new Finding("ABSURD", Severity.FAIL, "absurd " + text, odd(text.length()), "\u202E", text.isEmpty()
                        ? null : text.substring(0, Math.min(text.length(), 64))));
        return new CheckCompleted(number, CheckType.UOM_MAPPING, number, outcome, findings, now);
    }

    /** A copy of {@code shipment} with {@code number}, negative quantities and 19-digit SSCCs. */
    static ShipmentConfirmed absurdShipment(ShipmentConfirmed shipment, String id, int i, boolean bigString) {
        ShipmentConfirmed copy = ShipmentConfirmed.newBuilder(shipment).setShipmentIdentifier(id).build();
        copy.getShippedItems().forEach(item -> item.setShippedQuantity(new Quantity(-7L - i, UnitOfMeasure.CASES, -1L)));
        copy.getCartons().forEach(carton -> {
            carton.getIdentifiers().forEach(cid -> cid.setValue(
                    bigString ? big('0') : i % 2 == 0 ? "1234567890123456789" : odd(i) + "00061414"));
            carton.setSequenceNumber(odd(i));
        });
        copy.setDeclaredCartonCount(-3);
        copy.setShipFromPartyId(odd(i + 2));
        return copy;
    }
}
