package dev.dockcheck.bench.pipeline;

import dev.dockcheck.events.Carton;
import dev.dockcheck.events.CatalogItem;
import dev.dockcheck.events.ContainerIdentifier;
import dev.dockcheck.events.ContainerItem;
import dev.dockcheck.events.LabelPrinted;
import dev.dockcheck.events.Money;
import dev.dockcheck.events.OrderLine;
import dev.dockcheck.events.PriceUnit;
import dev.dockcheck.events.PurchaseOrderReceived;
import dev.dockcheck.events.Quantity;
import dev.dockcheck.events.ShipmentConfirmationType;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.events.ShippedItem;
import dev.dockcheck.events.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Clean documents for one run: catalog items, POs of {@code lines} lines of eaches at catalog cost
 * (small enough to be auto-approved), and per PO one ASN with one carton per line, each carton with
 * a valid SSCC unique in the run, plus a printed label per carton.
 */
public final class Workload {

    /** GS1's example company prefix; SSCCs are 0 + prefix + 9-digit serial + check digit. */
    static final String COMPANY_PREFIX = "0614141";
    static final String VENDOR = "BENCH1";

    private final String prefix;
    private final int lines;
    private final int skus;
    private final long ssccBase;
    private final Instant now = Instant.now();

    /** One PO with its ASN and labels. */
    public record Order(PurchaseOrderReceived po, ShipmentConfirmed asn, List<LabelPrinted> labels) {
    }

    public Workload(String prefix, int lines, int skus) {
        this.prefix = prefix;
        this.lines = lines;
        this.skus = skus;
        // the serial space of one run starts at a point derived from the time: runs into one data dir do not collide
        this.ssccBase = now.getEpochSecond() % 1_000 * 1_000_000L;
    }

    public String prefix() {
        return prefix;
    }

    public List<CatalogItem> catalog() {
        List<CatalogItem> items = new ArrayList<>();
        for (int i = 0; i < skus; i++) {
            String gtin = "1" + COMPANY_PREFIX + String.format("%05d", i);
            items.add(CatalogItem.newBuilder().setVendorSku(sku(i)).setAsin(asin(i)).setGtin(gtin + checkDigit(gtin))
                    .setEachesPerCase(12).setCasesPerPallet(40).setCaseOnly(false).setUnitCost(cost(i))
                    .setUpdatedAt(now).build());
        }
        return items;
    }

    /** The {@code n}-th order of the run; its SSCCs are unique in the run while n × lines stays below 10^8. */
    public Order order(int n) {
        String number = prefix + "-" + n;
        List<OrderLine> orderLines = new ArrayList<>();
        List<ShippedItem> shipped = new ArrayList<>();
        List<Carton> cartons = new ArrayList<>();
        List<LabelPrinted> labels = new ArrayList<>();
        String shipment = "SHP-" + number;
        for (int l = 1; l <= lines; l++) {
            int item = (n * 7 + l * 13) % skus;
            long eaches = 1 + (n + l) % 20;
            String seq = Integer.toString(l);
            orderLines.add(OrderLine.newBuilder().setItemSequenceNumber(seq).setAsin(asin(item)).setVendorSku(sku(item))
                    .setOrderedQuantity(new Quantity(eaches, UnitOfMeasure.EACHES, 1L)).setNetCost(cost(item))
                    .setPriceUnit(PriceUnit.EACH).setBackOrderAllowed(false).build());
            shipped.add(new ShippedItem(seq, asin(item), sku(item), number, new Quantity(eaches, UnitOfMeasure.EACHES, 1L)));
            String sscc = sscc(ssccBase + (long) n * lines + l);
            cartons.add(new Carton(List.of(new ContainerIdentifier("SSCC", "00" + sscc)), String.format("%03d", l),
                    List.of(new ContainerItem(seq, new Quantity(eaches, UnitOfMeasure.EACHES, 1L)))));
            labels.add(new LabelPrinted(sscc, shipment, "bench-printer", now));
        }
        PurchaseOrderReceived po = PurchaseOrderReceived.newBuilder().setPurchaseOrderNumber(number).setVendorCode(VENDOR)
                .setPurchaseOrderDate(now.minus(Duration.ofHours(2))).setPurchaseOrderChangedDate(null)
                .setPurchaseOrderType("RegularOrder").setShipToPartyId("RNO1")
                .setShipWindowStart(now.minus(Duration.ofDays(1))).setShipWindowEnd(now.plus(Duration.ofDays(4)))
                .setItems(orderLines).setReceivedAt(now).build();
        ShipmentConfirmed asn = ShipmentConfirmed.newBuilder().setShipmentIdentifier(shipment)
                .setConfirmationType(ShipmentConfirmationType.ORIGINAL).setShipmentType("SmallParcel")
                .setShipmentStructure("LooseAssortmentCase").setVendorCode(VENDOR).setShipFromPartyId(VENDOR + "-WH")
                .setShipToPartyId("RNO1").setShipmentConfirmationDate(now).setShippedDate(now)
                .setEstimatedDeliveryDate(now.plus(Duration.ofDays(2))).setDeclaredCartonCount(cartons.size())
                .setDeclaredPalletCount(null).setShippedItems(shipped).setCartons(cartons).setPallets(List.of())
                .setReceivedAt(now).build();
        return new Order(po, asn, labels);
    }

    private static String sku(int item) {
        return String.format("BENCH-%05d", item);
    }

    private static String asin(int item) {
        return String.format("B0BENCH%03d", item % 1000);
    }

    private static Money cost(int item) {
        return new Money(new BigDecimal(1 + item % 9).add(new BigDecimal("0.2500")).setScale(4), "USD");
    }

    /** 18 digits: extension 0, the company prefix, a 9-digit serial and the GS1 mod-10 check digit. */
    static String sscc(long serial) {
        String data = "0" + COMPANY_PREFIX + String.format("%09d", serial % 1_000_000_000L);
        return data + checkDigit(data);
    }

    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = digits.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (digits.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10;
    }
}
