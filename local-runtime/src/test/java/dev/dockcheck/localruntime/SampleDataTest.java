package dev.dockcheck.localruntime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockcheck.events.Carton;
import dev.dockcheck.events.CatalogItem;
import dev.dockcheck.events.ContainerIdentifier;
import dev.dockcheck.events.OrderLine;
import dev.dockcheck.events.PurchaseOrderReceived;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.events.ShippedItem;
import dev.dockcheck.events.UnitOfMeasure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

class SampleDataTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    private final SampleData data = SampleData.create(NOW);

    @Test
    void cleanOrdersAreSmallAndInEaches() {
        assertThat(data.cleanOrders()).hasSizeBetween(3, 5);
        for (PurchaseOrderReceived order : data.cleanOrders()) {
            assertThat(order.getVendorCode()).isEqualTo("DOCK1");
            assertThat(order.getItems()).hasSizeBetween(1, 3);
            assertThat(SampleData.value(order)).isLessThan(new BigDecimal("1000"));
            for (OrderLine line : order.getItems()) {
                assertThat(line.getOrderedQuantity().getUnitOfMeasure()).isEqualTo(UnitOfMeasure.EACHES);
                assertThat(line.getNetCost().getAmount().scale()).isEqualTo(4);
                assertThat(line.getNetCost().getCurrencyCode()).isEqualTo("USD");
            }
        }
    }

    @Test
    void theCatalogKnowsEverySkuAtTheOrderedCost() {
        Map<String, CatalogItem> catalog = data.catalog().stream()
                .collect(Collectors.toMap(CatalogItem::getVendorSku, item -> item));
        for (PurchaseOrderReceived order : data.allOrders()) {
            for (OrderLine line : order.getItems()) {
                CatalogItem item = catalog.get(line.getVendorSku());
                assertThat(item).as(line.getVendorSku()).isNotNull();
                assertThat(item.getAsin()).isEqualTo(line.getAsin());
                assertThat(item.getUnitCost()).isEqualTo(line.getNetCost());
                assertThat(item.getGtin()).hasSize(14);
                assertThat(Sscc.checkDigit(item.getGtin().substring(0, 13))).isEqualTo(item.getGtin().charAt(13) - '0');
            }
        }
    }

    @Test
    void shipmentsAreShippedInsideTheShipWindow() {
        for (int i = 0; i < data.shipments().size(); i++) {
            Instant shipped = data.shipments().get(i).getShippedDate();
            PurchaseOrderReceived order = data.cleanOrders().get(i);
            assertThat(shipped).isBetween(order.getShipWindowStart(), order.getShipWindowEnd());
        }
    }

    @Test
    void oneOrderIsBigEnoughToBeHeld() {
        PurchaseOrderReceived big = data.highValueOrder();
        assertThat(SampleData.eaches(big)).isEqualTo(5_000);
        assertThat(SampleData.value(big)).isEqualByComparingTo("600000");
        assertThat(data.allOrders()).hasSize(data.cleanOrders().size() + 1).contains(big);
    }

    @Test
    void poNumbersAreUniqueAndChangeWithTheTime() {
        List<String> numbers = data.allOrders().stream().map(PurchaseOrderReceived::getPurchaseOrderNumber).toList();
        assertThat(numbers).doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).hasSize(8).matches("[0-9A-Z]+"));
        List<String> later = SampleData.create(NOW.plusSeconds(1)).allOrders().stream()
                .map(PurchaseOrderReceived::getPurchaseOrderNumber).toList();
        assertThat(later).doesNotContainAnyElementsOf(numbers);
    }

    @Test
    void eachCleanOrderShipsOnceWithValidUniqueSsccs() {
        assertThat(data.shipments()).hasSameSizeAs(data.cleanOrders());
        List<String> ssccs = data.shipments().stream().flatMap(s -> s.getCartons().stream())
                .flatMap(c -> c.getIdentifiers().stream()).map(ContainerIdentifier::getValue).toList();
        assertThat(ssccs).doesNotHaveDuplicates().allSatisfy(element -> {
            assertThat(element).hasSize(20).startsWith("00");
            assertThat(Sscc.isValid(element.substring(2))).as(element).isTrue();
        });
        List<String> nextSecond = SampleData.create(NOW.plusSeconds(1)).shipments().stream()
                .flatMap(s -> s.getCartons().stream()).flatMap(c -> c.getIdentifiers().stream())
                .map(ContainerIdentifier::getValue).toList();
        assertThat(nextSecond).doesNotContainAnyElementsOf(ssccs);
    }

    @Test
    void shipmentsMatchTheirOrdersAndCartonsAddUp() {
        for (int i = 0; i < data.shipments().size(); i++) {
            ShipmentConfirmed shipment = data.shipments().get(i);
            PurchaseOrderReceived order = data.cleanOrders().get(i);
            assertThat(shipment.getShipmentIdentifier()).isEqualTo("SHP-" + order.getPurchaseOrderNumber());
            assertThat(shipment.getShippedItems()).extracting(ShippedItem::getPurchaseOrderNumber)
                    .containsOnly(order.getPurchaseOrderNumber());
            Map<String, Long> shipped = shipment.getShippedItems().stream().collect(Collectors.toMap(
                    ShippedItem::getItemSequenceNumber, item -> item.getShippedQuantity().getAmount()));
            Map<String, Long> ordered = order.getItems().stream().collect(Collectors.toMap(
                    OrderLine::getItemSequenceNumber, line -> line.getOrderedQuantity().getAmount()));
            Map<String, Long> inCartons = shipment.getCartons().stream().flatMap(c -> c.getItems().stream())
                    .collect(Collectors.groupingBy(item -> item.getItemReference(),
                            Collectors.summingLong(item -> item.getShippedQuantity().getAmount())));
            assertThat(shipped).isEqualTo(ordered).isEqualTo(inCartons);
            assertThat(shipment.getDeclaredCartonCount()).isEqualTo(shipment.getCartons().size());
            assertThat(shipment.getCartons()).extracting(Carton::getSequenceNumber).doesNotHaveDuplicates();
        }
    }

    @Test
    void everyRecordSerialisesWithItsSchema() throws IOException {
        for (SpecificRecord record : data.allOrders()) {
            assertThat(serialise(record)).isNotEmpty();
        }
        for (SpecificRecord record : data.catalog()) {
            assertThat(serialise(record)).isNotEmpty();
        }
        for (SpecificRecord record : data.shipments()) {
            assertThat(serialise(record)).isNotEmpty();
        }
    }

    @Test
    void reportListsEveryRecordAndMarksTheHeldOne() {
        List<String> lines = FeedReport.lines(data);
        assertThat(lines).hasSize(1 + data.allOrders().size() + data.shipments().size());
        assertThat(lines.get(0)).startsWith("catalog.items");
        assertThat(lines).filteredOn(line -> line.contains("expect a hold")).singleElement().asString()
                .contains(data.highValueOrder().getPurchaseOrderNumber(), "600000.00 USD", "5,000 eaches");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static byte[] serialise(SpecificRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter(record.getSchema()).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
