package dev.dockcheck.asnvalidator.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builder-style test data for the ASN match: {@code anAsn().withItem(...)}, {@code aPurchaseOrder()}. */
final class TestShipments {

    static final Instant SUBMITTED = Instant.parse("2026-12-01T12:00:00Z");
    static final String PO = "PO000001";

    private TestShipments() {
    }

    static AsnBuilder anAsn() {
        return new AsnBuilder();
    }

    static PoBuilder aPurchaseOrder() {
        return new PoBuilder();
    }

    static final class AsnBuilder {
        private String identifier = "SHIP-1";
        private ConfirmationType type = ConfirmationType.ORIGINAL;
        private Instant confirmedAt = SUBMITTED;
        private Instant shippedDate = SUBMITTED;
        private Integer declaredCartons;
        private Integer declaredPallets;
        private final List<ShippedItem> items = new ArrayList<>();
        private final List<Container> cartons = new ArrayList<>();
        private final List<Container> pallets = new ArrayList<>();

        AsnBuilder identifier(String value) { identifier = value; return this; }
        AsnBuilder type(ConfirmationType value) { type = value; return this; }
        AsnBuilder confirmedAt(Instant value) { confirmedAt = value; return this; }
        AsnBuilder shippedDate(Instant value) { shippedDate = value; return this; }
        AsnBuilder declaredCartons(Integer value) { declaredCartons = value; return this; }
        AsnBuilder declaredPallets(Integer value) { declaredPallets = value; return this; }

        AsnBuilder withItem(String sequence, String asin, Quantity quantity) {
            return withItem(sequence, asin, PO, quantity);
        }

        AsnBuilder withItem(String sequence, String asin, String po, Quantity quantity) {
            items.add(new ShippedItem(sequence, asin, null, po, quantity));
            return this;
        }

        /** One carton per call, holding the given references and quantities. */
        AsnBuilder withCarton(PackedItem... packed) {
            cartons.add(new Container(List.of(packed)));
            return this;
        }

        AsnBuilder withPallet(PackedItem... packed) {
            pallets.add(new Container(List.of(packed)));
            return this;
        }

        /** Packs every item so far into one carton, exactly as shipped. */
        AsnBuilder packedExactly() {
            return withCarton(items.stream().map(i -> new PackedItem(i.itemSequenceNumber(), i.quantity()))
                    .toArray(PackedItem[]::new));
        }

        ShipmentNotice build() {
            return new ShipmentNotice(identifier, type, confirmedAt, shippedDate, declaredCartons, declaredPallets,
                    items, cartons, pallets);
        }
    }

    static final class PoBuilder {
        private String number = PO;
        private Instant windowStart;
        private Instant windowEnd;
        private final List<OrderedLine> lines = new ArrayList<>();

        PoBuilder number(String value) { number = value; return this; }
        PoBuilder shipWindow(Instant start, Instant end) { windowStart = start; windowEnd = end; return this; }

        PoBuilder withLine(String sequence, String asin, long eaches) {
            lines.add(new OrderedLine(sequence, asin, null, eaches));
            return this;
        }

        PoBuilder withSkuLine(String sequence, String sku, long eaches) {
            lines.add(new OrderedLine(sequence, null, sku, eaches));
            return this;
        }

        PurchaseOrder build() {
            return new PurchaseOrder(number, windowStart, windowEnd, lines);
        }
    }
}
