package dev.dockcheck.approval.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.CheckType;
import dev.dockcheck.events.Money;
import dev.dockcheck.events.PurchaseOrderAccepted;
import dev.dockcheck.kafka.UnprocessableRecordException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EventMapperTest {

    static final Instant NOW = Instant.parse("2026-03-10T00:00:00Z");

    static PurchaseOrderAccepted order(String number, String vendor) {
        return PurchaseOrderAccepted.newBuilder().setPurchaseOrderNumber(number).setVendorCode(vendor)
                .setPurchaseOrderDate(NOW).setAcknowledgeBy(NOW.plusSeconds(86_400)).setLines(List.of())
                .setTotalEaches(10).setTotalValue(new Money(new BigDecimal("10.0000"), "USD"))
                .setContentHash("hash").setAcceptedAt(NOW).build();
    }

    static CheckCompleted result(String po, String subject) {
        return CheckCompleted.newBuilder().setPoNumber(po).setCheckType(CheckType.SSCC).setSubjectId(subject)
                .setOutcome(CheckOutcome.PASS).setFindings(List.of()).setCheckedAt(NOW).build();
    }

    @Nested
    class IdentifiersThatWouldBeKeysOnApprovalDecisions {

        @Test
        void upTo256CharactersAreTaken() {
            String longest = "P".repeat(256);
            assertThat(EventMapper.purchaseOrder(order(longest, "V".repeat(256))).poNumber()).isEqualTo(longest);
            assertThat(EventMapper.checkResult(result(longest, "S".repeat(256))).subjectId()).hasSize(256);
        }

        @Test
        void longerOnesAreUnprocessableAndNamed() {
            assertThatThrownBy(() -> EventMapper.purchaseOrder(order("P".repeat(257), "VEND")))
                    .isInstanceOf(UnprocessableRecordException.class).hasMessageContaining("purchaseOrderNumber is 257");
            assertThatThrownBy(() -> EventMapper.purchaseOrder(order("PO1", "V".repeat(3 * 1024 * 1024))))
                    .isInstanceOf(UnprocessableRecordException.class).hasMessageContaining("vendorCode");
            assertThatThrownBy(() -> EventMapper.checkResult(result("PO1", "S".repeat(257))))
                    .isInstanceOf(UnprocessableRecordException.class).hasMessageContaining("subjectId is 257");
        }
    }
}
