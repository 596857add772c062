package dev.dockcheck.poingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockcheck.events.PurchaseOrderReceived;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Tolerant of formatting, strict on meaning: every bad field named by its JSON path. */
class OrderDocumentReaderTest {

    static final String ORDERS = "vendorOrders_getPurchaseOrders_200_sandbox0_response.json";

    static List<FieldError> errorsOf(ObjectNode document) {
        try {
            new OrderDocumentReader(Instant.EPOCH).read(document);
        } catch (InvalidDocumentException e) {
            return e.errors();
        }
        throw new AssertionError("document was accepted");
    }

    static ObjectNode item(ObjectNode root, int order, int item) {
        return (ObjectNode) root.at("/payload/orders/" + order + "/orderDetails/items/" + item);
    }

    @Nested
    class StrictOnMeaning {
        @Test
        void namesEveryBadFieldByItsJsonPath() {
            ObjectNode root = SpApiFiles.read(ORDERS);
            ((ObjectNode) root.at("/payload/orders/0")).remove("purchaseOrderNumber");
            ((ObjectNode) item(root, 0, 1).get("orderedQuantity")).put("amount", "-1");
            ((ObjectNode) item(root, 0, 2).get("orderedQuantity")).put("unitOfMeasure", "Pallets");
            ((ObjectNode) item(root, 1, 0).get("orderedQuantity")).put("amount", "ten");
            ((ObjectNode) root.at("/payload/orders/1/orderDetails")).put("purchaseOrderDate", "20/08/2019");

            assertThat(errorsOf(root)).extracting(FieldError::path).containsExactly(
                    "$.payload.orders[0].purchaseOrderNumber",
                    "$.payload.orders[0].orderDetails.items[1].orderedQuantity.amount",
                    "$.payload.orders[0].orderDetails.items[2].orderedQuantity.unitOfMeasure",
                    "$.payload.orders[1].orderDetails.items[0].orderedQuantity.amount",
                    "$.payload.orders[1].orderDetails.purchaseOrderDate");
        }

        @Test
        void saysWhatIsWrongWithEachField() {
            ObjectNode root = SpApiFiles.read(ORDERS);
            ((ObjectNode) item(root, 0, 0).get("orderedQuantity")).put("amount", "-1");
            ((ObjectNode) item(root, 0, 1).get("orderedQuantity")).put("amount", "1.5");
            ((ObjectNode) item(root, 0, 2).get("orderedQuantity")).remove("unitOfMeasure");

            assertThat(errorsOf(root)).extracting(FieldError::message).containsExactly(
                    "must not be negative", "must be a whole number, was '1.5'", "is required");
        }

        @Test
        void rejectsAMalformedShipWindowAndCurrency() {
            ObjectNode root = SpApiFiles.read(ORDERS);
            ((ObjectNode) root.at("/payload/orders/0/orderDetails")).put("shipWindow", "next week");
            ((ObjectNode) item(root, 0, 0).get("netCost")).put("currencyCode", "dollars");

            assertThat(errorsOf(root)).extracting(FieldError::path).containsExactly(
                    "$.payload.orders[0].orderDetails.shipWindow",
                    "$.payload.orders[0].orderDetails.items[0].netCost.currencyCode");
        }

        @Test
        void rejectsADocumentThatIsNoOrderAtAll() {
            assertThat(errorsOf(SpApiFiles.JSON.createObjectNode().put("hello", "world")))
                    .extracting(FieldError::path).containsExactly("$");
        }
    }

    @Nested
    class TolerantOfFormatting {
        @Test
        void takesASingleOrderWithoutWrapper() {
            ObjectNode order = (ObjectNode) SpApiFiles.read(ORDERS).at("/payload/orders/0");

            List<PurchaseOrderReceived> read = new OrderDocumentReader(Instant.EPOCH).read(order);

            assertThat(read).extracting(PurchaseOrderReceived::getPurchaseOrderNumber).containsExactly("2JK3S9VC");
        }

        @Test
        void takesLowerCaseUnitsQuotedNumbersAndSpaces() {
            ObjectNode root = SpApiFiles.read(ORDERS);
            ObjectNode quantity = (ObjectNode) item(root, 0, 0).get("orderedQuantity");
            quantity.put("unitOfMeasure", " cases ").put("amount", " 7 ").put("unitSize", "12");

            var line = new OrderDocumentReader(Instant.EPOCH).read(root).get(0).getItems().get(0);

            assertThat(line.getOrderedQuantity().getAmount()).isEqualTo(7);
            assertThat(line.getOrderedQuantity().getUnitSize()).isEqualTo(12);
        }

        @Test
        void keepsAZeroQuantityForTheCheckToFail() {
            ObjectNode root = SpApiFiles.read(ORDERS);
            ((ObjectNode) item(root, 0, 0).get("orderedQuantity")).put("amount", 0);

            assertThat(new OrderDocumentReader(Instant.EPOCH).read(root).get(0).getItems().get(0)
                    .getOrderedQuantity().getAmount()).isZero();
        }
    }

    @Test
    void rejectsWholeDocumentsOnly() {
        ObjectNode root = SpApiFiles.read(ORDERS);
        ((ObjectNode) root.at("/payload/orders/1")).put("purchaseOrderNumber", " ");

        assertThatThrownBy(() -> new OrderDocumentReader(Instant.EPOCH).read(root))
                .isInstanceOf(InvalidDocumentException.class).hasMessage("1 invalid field(s)");
    }
}
