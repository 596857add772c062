package dev.dockcheck.bench.uom;

import dev.dockcheck.events.CatalogItem;
import dev.dockcheck.events.Money;
import dev.dockcheck.events.OrderLine;
import dev.dockcheck.events.PriceUnit;
import dev.dockcheck.events.PurchaseOrderReceived;
import dev.dockcheck.events.Quantity;
import dev.dockcheck.events.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark's data: a catalog of {@code skus} items and POs of {@code lines} lines each. Most
 * lines are clean; about one in twenty has a wrong case pack, so the rules find something.
 */
record UomWorkload(String prefix, int skus, int lines) {

    String sku(int n) {
        return prefix + "-SKU-" + n;
    }

    static int casePack(int n) {
        return 6 + (n % 4) * 6;
    }

    List<CatalogItem> catalog() {
        List<CatalogItem> items = new ArrayList<>();
        for (int n = 0; n < skus; n++) {
            items.add(CatalogItem.newBuilder().setVendorSku(sku(n)).setAsin("B0" + n).setEachesPerCase(casePack(n))
                    .setCasesPerPallet(40).setCaseOnly(n % 3 == 0).setUnitCost(money(cost(n)))
                    .setUpdatedAt(Instant.EPOCH).build());
        }
        return items;
    }

    PurchaseOrderReceived order(long number) {
        SplittableRandom random = new SplittableRandom(number);
        List<OrderLine> items = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            int n = random.nextInt(skus);
            boolean wrongPack = random.nextInt(20) == 0;
            items.add(new OrderLine(String.valueOf(i + 1), "B0" + n, sku(n),
                    new Quantity(1L + random.nextInt(50), UnitOfMeasure.CASES, (long) casePack(n) * (wrongPack ? 2 : 1)),
                    money(cost(n)), PriceUnit.EACH, false));
        }
        return PurchaseOrderReceived.newBuilder().setPurchaseOrderNumber(poNumber(number)).setVendorCode("BENCH")
                .setPurchaseOrderDate(Instant.parse("2026-01-05T10:00:00Z")).setItems(items)
                .setReceivedAt(Instant.now()).build();
    }

    String poNumber(long number) {
        return prefix + "-PO-" + number;
    }

    private static String cost(int n) {
        return BigDecimal.valueOf(100 + n % 900, 2).toPlainString();
    }

    private static Money money(String amount) {
        return new Money(new BigDecimal(amount).setScale(4), "USD");
    }
}
