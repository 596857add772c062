package dev.dockcheck.approval.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockcheck.approval.domain.Hold.Verdict;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HoldTest {

    static Hold openHold(int requiredApprovals) {
        return new Hold(UUID.randomUUID(), "PO-1", "VEND1", Stage.ORDER, null,
                List.of(new Reason(Reason.VALUE_ABOVE_THRESHOLD, "too much", List.of())), new BigDecimal("60000"), "USD",
                10L, Instant.parse("2026-12-02T10:00:00Z"), HoldStatus.OPEN, requiredApprovals, Set.of(),
                Instant.parse("2026-12-01T10:00:00Z"), 3);
    }

    @Nested
    class Approving {
        @Test
        void approvesWithOneApproverAndRaisesTheVersion() {
            Hold.Change change = openHold(1).approve("approver", 3);
            assertThat(change.verdict()).isEqualTo(Verdict.APPROVED);
            assertThat(change.hold().status()).isEqualTo(HoldStatus.APPROVED);
            assertThat(change.hold().version()).isEqualTo(4);
        }

        @Test
        void refusesAStaleVersion() {
            Hold.Change change = openHold(1).approve("approver", 2);
            assertThat(change.verdict()).isEqualTo(Verdict.STALE_VERSION);
            assertThat(change.hold().status()).isEqualTo(HoldStatus.OPEN);
        }

        @Test
        void refusesADecidedHold() {
            Hold approved = openHold(1).approve("approver", 3).hold();
            assertThat(approved.approve("approver2", approved.version()).verdict()).isEqualTo(Verdict.ALREADY_DECIDED);
            assertThat(approved.reject(approved.version()).verdict()).isEqualTo(Verdict.ALREADY_DECIDED);
        }
    }

    @Nested
    class FourEyes {
        @Test
        void staysOpenAfterTheFirstOfTwoApprovals() {
            Hold.Change first = openHold(2).approve("approver", 3);
            assertThat(first.verdict()).isEqualTo(Verdict.APPROVAL_RECORDED);
            assertThat(first.hold().status()).isEqualTo(HoldStatus.OPEN);
            assertThat(first.hold().approvedBy()).containsExactly("approver");
        }

        @Test
        void refusesTheSameApproverTwice() {
            Hold first = openHold(2).approve("approver", 3).hold();
            assertThat(first.approve("approver", first.version()).verdict())
                    .isEqualTo(Verdict.ALREADY_APPROVED_BY_SAME_PERSON);
        }

        @Test
        void approvesOnceASecondPersonApproves() {
            Hold first = openHold(2).approve("approver", 3).hold();
            Hold.Change second = first.approve("approver2", first.version());
            assertThat(second.verdict()).isEqualTo(Verdict.APPROVED);
            assertThat(second.hold().approvedBy()).containsExactlyInAnyOrder("approver", "approver2");
        }
    }

    @Nested
    class Rejecting {
        @Test
        void oneRejectionEndsAFourEyesHold() {
            Hold.Change change = openHold(2).reject(3);
            assertThat(change.verdict()).isEqualTo(Verdict.REJECTED);
            assertThat(change.hold().status()).isEqualTo(HoldStatus.REJECTED);
        }
    }
}
