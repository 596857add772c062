package dev.dockcheck.asnvalidator.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dockcheck.events.AcceptedLine;
import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.Finding;
import dev.dockcheck.events.Money;
import dev.dockcheck.events.OrderLine;
import dev.dockcheck.events.PurchaseOrderAccepted;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.kafka.DeadLetters;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Amazon's three use-case shipment confirmations (see {@code spapi/SOURCES.md}), checked against
 * the POs they name, built here from what each ASN implies (ordered = shipped, no ship window).
 * Each ASN is taken as submitted when it was confirmed. What they produce, in order:
 * <ol>
 *   <li>small parcel → PO1234BD: PASS, no findings (50 eaches in two cartons of 25, 2 cartons declared);
 *   <li>truckload → dead letter, reason unprocessable: its shippedItems name no PO (the POs are only on
 *       carton items, and item 001 is split over 1BBBAAAA and 1BBBAACD, which the contract cannot carry);
 *   <li>LTL → 1BBBAAAA: FAIL SHIPMENT_IDENTIFIER_REUSED, because the small parcel shipment, different
 *       content, used 00050003 nine days earlier; quantities, the 4 × 25 cartons and 1 pallet all match.
 * </ol>
 */
class SpApiShipmentConfirmationsTest {

    private static final String SMALL_PARCEL = "/spapi/usecase_shipmentConfirmation_smallParcel_LooseAssortmentCase_SSCC.json";
    private static final String TRUCKLOAD = "/spapi/usecase_shipmentConfirmation_truckload_PalletizedAssortmentCase_SSCC.json";
    private static final String LTL = "/spapi/usecase_shipmentConfirmation_LTL_PalletizedStandardCase_SSCC.json";

    private final AsnMatchDriver harness = new AsnMatchDriver();

    @AfterEach
    void close() {
        harness.close();
    }

    private static ShipmentConfirmed submittedWhenConfirmed(String resource) {
        ShipmentConfirmed asn = SpApiShipmentJson.read(resource, Instant.EPOCH);
        asn.setReceivedAt(asn.getShipmentConfirmationDate());
        return asn;
    }

    @Test
    void producesTheFindingsTheirContentImplies() {
        List.of(po("PO1234BD", "AB1234233", "VN24343334", 50), po("1BBBAAAA", null, "9782700001659", 100),
                po("1BBBAACC", null, "9782700001000", 100), po("1BBBAACD", null, "9782700001659", 75),
                po("1BBBAADD", null, "9782700001000", 300)).forEach(harness::send);

        harness.send(submittedWhenConfirmed(SMALL_PARCEL));
        harness.send(submittedWhenConfirmed(TRUCKLOAD));
        harness.send(submittedWhenConfirmed(LTL));

        List<CheckCompleted> results = harness.results.readValuesToList();
        assertThat(results).extracting(CheckCompleted::getPoNumber, CheckCompleted::getSubjectId, CheckCompleted::getOutcome)
                .containsExactly(tuple("PO1234BD", "00050003", CheckOutcome.PASS),
                        tuple("1BBBAAAA", "00050003", CheckOutcome.FAIL));
        assertThat(results.get(0).getFindings()).isEmpty();
        assertThat(results.get(1).getFindings()).extracting(Finding::getCode, Finding::getActual)
                .containsExactly(tuple("SHIPMENT_IDENTIFIER_REUSED", "used at 2019-07-29T21:56:18.575Z"));
        TestRecord<String, ShipmentConfirmed> dead = harness.onlyDeadLetter();
        assertThat(dead.value().getShipmentStructure()).isEqualTo("PalletizedAssortmentCase");
        assertThat(new String(dead.headers().lastHeader(DeadLetters.REASON_HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo("unprocessable");
    }

    @Test
    void warnsTheShipDateOfTheSmallParcelWhenItIsSubmittedToday() {
        harness.send(po("PO1234BD", "AB1234233", "VN24343334", 50));
        ShipmentConfirmed asn = SpApiShipmentJson.read(SMALL_PARCEL, Instant.parse("2026-12-01T12:00:00Z"));

        harness.send(asn);

        CheckCompleted result = harness.results.readValue();
        assertThat(result.getOutcome()).isEqualTo(CheckOutcome.WARN);
        assertThat(result.getFindings()).extracting(Finding::getCode, Finding::getActual)
                .containsExactly(tuple("SHIPPED_DATE_OUT_OF_RANGE", "2019-07-29T21:56:18.575Z"));
    }

    private static PurchaseOrderAccepted po(String number, String asin, String sku, long eaches) {
        OrderLine line = OrderLine.newBuilder().setItemSequenceNumber("1").setAsin(asin).setVendorSku(sku)
                .setOrderedQuantity(AvroTestData.eaches(eaches)).build();
        return PurchaseOrderAccepted.newBuilder().setPurchaseOrderNumber(number).setVendorCode("VENDORCODE")
                .setPurchaseOrderDate(Instant.parse("2019-07-20T00:00:00Z"))
                .setAcknowledgeBy(Instant.parse("2019-07-21T00:00:00Z"))
                .setLines(List.of(AcceptedLine.newBuilder().setLine(line).setEaches(eaches).build()))
                .setTotalEaches(eaches).setTotalValue(new Money(BigDecimal.ZERO.setScale(4), "EUR"))
                .setContentHash(number).setAcceptedAt(Instant.parse("2019-07-20T00:00:00Z")).build();
    }
}
