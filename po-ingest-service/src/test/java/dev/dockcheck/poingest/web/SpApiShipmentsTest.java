package dev.dockcheck.poingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockcheck.events.ContainerIdentifier;
import dev.dockcheck.events.ShipmentConfirmationType;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.events.UnitOfMeasure;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every SP-API shipment-confirmation file: what the intake publishes. The SSCC and ASN rules are
 * checked downstream, so Amazon's bad check digits and reused ids are carried through unchanged.
 */
class SpApiShipmentsTest {

    static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    static ShipmentConfirmed readOnly(String file) {
        var all = new ShipmentDocumentReader(NOW).read(SpApiFiles.read(file));
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void takesTheSandboxBodyWithACasesLineWithoutUnitSizeAndNoCartons() {
        ShipmentConfirmed asn = readOnly("vendorShipments_submitShipmentConfirmations_202_sandbox_requestBody.json");

        assertThat(asn.getShipmentIdentifier()).isEqualTo("TestShipmentConfirmation202");
        assertThat(asn.getConfirmationType()).isEqualTo(ShipmentConfirmationType.ORIGINAL);
        assertThat(asn.getVendorCode()).isEqualTo("ABCD1");
        assertThat(asn.getShippedItems()).hasSize(2);
        var cases = asn.getShippedItems().get(1);
        assertThat(cases.getPurchaseOrderNumber()).isEqualTo("TestOrder202");
        assertThat(cases.getShippedQuantity().getUnitOfMeasure()).isEqualTo(UnitOfMeasure.CASES);
        assertThat(cases.getShippedQuantity().getUnitSize()).isNull();
        assertThat(asn.getCartons()).isEmpty();
        assertThat(asn.getReceivedAt()).isEqualTo(NOW);
    }

    @Test
    void takesTheSmallParcelExampleTrimmingCartonSequenceNumbers() {
        ShipmentConfirmed asn = readOnly("usecase_shipmentConfirmation_smallParcel_LooseAssortmentCase_SSCC.json");

        assertThat(asn.getShipmentIdentifier()).isEqualTo("00050003");
        assertThat(asn.getDeclaredCartonCount()).isEqualTo(2);
        assertThat(asn.getCartons()).extracting(c -> c.getSequenceNumber()).containsExactly("001", "002");
        assertThat(asn.getCartons().get(0).getIdentifiers()).containsExactly(
                new ContainerIdentifier("SSCC", "00102234567666698888"));
        assertThat(asn.getShippedItems().get(0).getPurchaseOrderNumber()).isEqualTo("PO1234BD");
    }

    @Test
    void takesTheTruckloadExampleWithPalletsAndCartonReferences() {
        ShipmentConfirmed asn = readOnly("usecase_shipmentConfirmation_truckload_PalletizedAssortmentCase_SSCC.json");

        assertThat(asn.getDeclaredPalletCount()).isEqualTo(2);
        assertThat(asn.getCartons()).hasSize(4);
        assertThat(asn.getPallets()).hasSize(2);
        assertThat(asn.getPallets().get(1).getCartonReferences()).containsExactly("003", "004");
        assertThat(asn.getPallets().get(0).getIdentifiers().get(0).getValue()).isEqualTo("00102234567898098745");
    }

    @Test
    void takesTheLessThanTruckloadExample() {
        ShipmentConfirmed asn = readOnly("usecase_shipmentConfirmation_LTL_PalletizedStandardCase_SSCC.json");

        assertThat(asn.getShipmentType()).isEqualTo("LessThanTruckLoad");
        assertThat(asn.getCartons()).hasSize(4);
        assertThat(asn.getPallets().get(0).getTier()).isEqualTo(2);
        assertThat(asn.getPallets().get(0).getCartonReferences()).hasSize(4);
    }

    @Test
    void namesEveryBadFieldByItsJsonPath() {
        ObjectNode root = SpApiFiles.read("usecase_shipmentConfirmation_LTL_PalletizedStandardCase_SSCC.json");
        ObjectNode asn = (ObjectNode) root.at("/shipmentConfirmations/0");
        asn.remove("shipmentIdentifier");
        asn.put("shipmentConfirmationType", "Amended");
        ((ObjectNode) asn.at("/cartons/2/items/0/shippedQuantity")).put("amount", "lots");
        ((ObjectNode) asn.at("/pallets/0/palletIdentifiers/0")).remove("containerIdentificationNumber");

        assertThatThrownBy(() -> new ShipmentDocumentReader(NOW).read(root)).isInstanceOfSatisfying(
                InvalidDocumentException.class, e -> assertThat(e.errors()).extracting(FieldError::path).containsExactly(
                        "$.shipmentConfirmations[0].shipmentIdentifier",
                        "$.shipmentConfirmations[0].shipmentConfirmationType",
                        "$.shipmentConfirmations[0].cartons[2].items[0].shippedQuantity.amount",
                        "$.shipmentConfirmations[0].pallets[0].palletIdentifiers[0].containerIdentificationNumber"));
    }
}
