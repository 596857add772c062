package dev.dockcheck.localruntime;

import dev.dockcheck.events.Carton;
import dev.dockcheck.events.CatalogItem;
import dev.dockcheck.events.ContainerIdentifier;
import dev.dockcheck.events.ContainerItem;
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
 * The sample records {@code --feed} produces: the item master entries of every SKU ordered, a few
 * clean, small POs (1–3 lines of eaches each, at catalog cost, inside their ship window), one PO big
 * enough to be held, and for each clean PO a shipment confirmation whose cartons carry valid SSCCs. PO numbers, shipment ids and SSCCs are derived from the time, so a second feed into
 * the same data directory does not collide with the first.
 */
public record SampleData(List<CatalogItem> catalog, List<PurchaseOrderReceived> cleanOrders,
        PurchaseOrderReceived highValueOrder, List<ShipmentConfirmed> shipments) {

    public static final String VENDOR = "DOCK1";
    public static final String SHIP_TO = "RNO1";
    /** GS1's own example company prefix. */
    public static final String COMPANY_PREFIX = "0614141";

    /** Lines per clean PO; one carton per line, at most 10 cartons per feed (see {@link #ssccSerial}). */
    private static final int[] LINES_PER_ORDER = {1, 2, 3, 1};
    private static final String[] NET_COSTS = {"2.5000", "4.2500", "1.1000", "3.0000", "7.9900", "12.5000", "0.7500"};
    private static final long[] EACHES = {12, 6, 24, 10, 5, 2, 48};

    public List<PurchaseOrderReceived> allOrders() {
        List<PurchaseOrderReceived> all = new ArrayList<>(cleanOrders);
        all.add(highValueOrder);
        return all;
    }

    public static SampleData create(Instant now) {
        String run = runId(now);
        List<PurchaseOrderReceived> clean = new ArrayList<>();
        List<ShipmentConfirmed> shipments = new ArrayList<>();
        int item = 0;
        for (int o = 0; o < LINES_PER_ORDER.length; o++) {
            List<OrderLine> lines = new ArrayList<>();
            for (int l = 1; l <= LINES_PER_ORDER[o]; l++, item++) {
                lines.add(line(l, item, EACHES[item], new BigDecimal(NET_COSTS[item])));
            }
            PurchaseOrderReceived order = order(run + String.format("%02d", o + 1), lines, now);
            clean.add(order);
            shipments.add(shipment(order, now, shipments.stream().mapToInt(s -> s.getCartons().size()).sum()));
        }
        PurchaseOrderReceived big = order(run + "90",
                List.of(line(1, 90, 5_000, new BigDecimal("120.0000"))), now);
        List<CatalogItem> catalog = new ArrayList<>();
        for (PurchaseOrderReceived order : clean) {
            order.getItems().forEach(line -> catalog.add(catalogItem(line, now)));
        }
        big.getItems().forEach(line -> catalog.add(catalogItem(line, now)));
        return new SampleData(catalog, clean, big, shipments);
    }

    /** Eaches × netCost over all lines. */
    public static BigDecimal value(PurchaseOrderReceived order) {
        return order.getItems().stream()
                .map(l -> l.getNetCost().getAmount().multiply(BigDecimal.valueOf(l.getOrderedQuantity().getAmount())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static long eaches(PurchaseOrderReceived order) {
        return order.getItems().stream().mapToLong(l -> l.getOrderedQuantity().getAmount()).sum();
    }

    /** Six base-36 characters of the epoch second: unique per second until the year 2038. */
    static String runId(Instant now) {
        String id = Long.toString(now.getEpochSecond(), 36).toUpperCase();
        return id.length() >= 6 ? id.substring(id.length() - 6) : "0".repeat(6 - id.length()) + id;
    }

    /** Nine digits that repeat only after about three years: epoch second mod 10^8, then the carton. */
    static long ssccSerial(Instant now, int carton) {
        if (carton < 0 || carton > 9) {
            throw new IllegalArgumentException("At most 10 cartons per feed: " + carton);
        }
        return now.getEpochSecond() % 100_000_000L * 10 + carton;
    }

    private static OrderLine line(int sequence, int item, long eaches, BigDecimal netCost) {
        return OrderLine.newBuilder()
                .setItemSequenceNumber(Integer.toString(sequence))
                .setAsin(String.format("B0DOCK%04d", item + 1))
                .setVendorSku(String.format("DOCK-%04d", item + 1))
                .setOrderedQuantity(new Quantity(eaches, UnitOfMeasure.EACHES, 1L))
                .setNetCost(new Money(netCost.setScale(4), "USD"))
                .setPriceUnit(PriceUnit.EACH)
                .setBackOrderAllowed(false)
                .build();
    }

    /** The item master entry for what {@code line} orders, at its net cost; GTIN-14 with a GS1 check digit. */
    private static CatalogItem catalogItem(OrderLine line, Instant now) {
        String gtin = "1" + COMPANY_PREFIX + line.getVendorSku().substring("DOCK-".length()) + "0";
        return CatalogItem.newBuilder()
                .setVendorSku(line.getVendorSku())
                .setAsin(line.getAsin())
                .setGtin(gtin + Sscc.checkDigit(gtin))
                .setEachesPerCase(12)
                .setCasesPerPallet(40)
                .setCaseOnly(false)
                .setUnitCost(line.getNetCost())
                .setUpdatedAt(now)
                .build();
    }

    private static PurchaseOrderReceived order(String number, List<OrderLine> lines, Instant now) {
        return PurchaseOrderReceived.newBuilder()
                .setPurchaseOrderNumber(number)
                .setVendorCode(VENDOR)
                .setPurchaseOrderDate(now.minus(Duration.ofHours(2)))
                .setPurchaseOrderChangedDate(null)
                .setPurchaseOrderType("RegularOrder")
                .setShipToPartyId(SHIP_TO)
                .setShipWindowStart(now.minus(Duration.ofDays(1)))
                .setShipWindowEnd(now.plus(Duration.ofDays(4)))
                .setItems(lines)
                .setReceivedAt(now)
                .build();
    }

    private static ShipmentConfirmed shipment(PurchaseOrderReceived order, Instant now, int firstCarton) {
        List<ShippedItem> items = new ArrayList<>();
        List<Carton> cartons = new ArrayList<>();
        for (OrderLine line : order.getItems()) {
            Quantity quantity = line.getOrderedQuantity();
            items.add(new ShippedItem(line.getItemSequenceNumber(), line.getAsin(), line.getVendorSku(),
                    order.getPurchaseOrderNumber(), new Quantity(quantity.getAmount(), UnitOfMeasure.EACHES, 1L)));
            String sscc = Sscc.of(0, COMPANY_PREFIX, ssccSerial(now, firstCarton + cartons.size()));
            cartons.add(new Carton(List.of(new ContainerIdentifier("SSCC", Sscc.elementString(sscc))),
                    String.format("%03d", cartons.size() + 1),
                    List.of(new ContainerItem(line.getItemSequenceNumber(),
                            new Quantity(quantity.getAmount(), UnitOfMeasure.EACHES, 1L)))));
        }
        return ShipmentConfirmed.newBuilder()
                .setShipmentIdentifier("SHP-" + order.getPurchaseOrderNumber())
                .setConfirmationType(ShipmentConfirmationType.ORIGINAL)
                .setShipmentType("SmallParcel")
                .setShipmentStructure("LooseAssortmentCase")
                .setVendorCode(VENDOR)
                .setShipFromPartyId(VENDOR + "-WH")
                .setShipToPartyId(SHIP_TO)
                .setShipmentConfirmationDate(now)
                .setShippedDate(now)
                .setEstimatedDeliveryDate(now.plus(Duration.ofDays(2)))
                .setDeclaredCartonCount(cartons.size())
                .setDeclaredPalletCount(null)
                .setShippedItems(items)
                .setCartons(cartons)
                .setPallets(List.of())
                .setReceivedAt(now)
                .build();
    }
}
