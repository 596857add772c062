package dev.dockcheck.approval.domain;

import static dev.dockcheck.approval.domain.PendingStages.DUE;
import static dev.dockcheck.approval.domain.PendingStages.NOW;
import static dev.dockcheck.approval.domain.PendingStages.aShipment;
import static dev.dockcheck.approval.domain.PendingStages.anOrder;
import static dev.dockcheck.approval.domain.PendingStages.finding;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ApprovalPolicyTest {

    static final Thresholds GLOBAL = new Thresholds(new BigDecimal("10000"), 5000, "USD",
            Set.of(Severity.WARN, Severity.FAIL), new BigDecimal("50000"));
    static final Thresholds LENIENT = new Thresholds(new BigDecimal("100000"), 50000, "USD",
            Set.of(Severity.FAIL), new BigDecimal("200000"));

    final ApprovalPolicy policy = new ApprovalPolicy(new VendorThresholds(GLOBAL, Map.of("BIGVENDOR", LENIENT)));

    StageDecision decide(PendingStages stage) {
        return policy.decide(stage.build(), NOW).orElseThrow();
    }

    static List<String> codes(StageDecision decision) {
        return decision.reasons().stream().map(Reason::code).toList();
    }

    @Nested
    class Waiting {
        @Test
        void waitsForTheUomCheckUntilTheStageIsDue() {
            assertThat(policy.decide(anOrder().build(), NOW)).isEmpty();
        }

        @Test
        void waitsForThePurchaseOrderWhenTheCheckCameFirst() {
            assertThat(policy.decide(anOrder().withoutOrder().withCheck(CheckKind.UOM_MAPPING, CheckOutcome.PASS).build(),
                    NOW)).isEmpty();
        }

        @Test
        void waitsForBothShipmentChecks() {
            assertThat(policy.decide(aShipment("S1").withCheck(CheckKind.ASN_MATCH, CheckOutcome.PASS).build(), NOW))
                    .isEmpty();
        }
    }

    @Nested
    class AutoApproval {
        @Test
        void approvesASmallCleanOrder() {
            StageDecision decision = decide(anOrder().worth("9999.99").withUnits(5000)
                    .withCheck(CheckKind.UOM_MAPPING, CheckOutcome.PASS));
            assertThat(decision.held()).isFalse();
            assertThat(decision.requiredApprovals()).isEqualTo(1);
        }

        @Test
        void releasesAShipmentWhoseChecksPassed() {
            assertThat(decide(aShipment("S1").worth("999999").withCheck(CheckKind.ASN_MATCH, CheckOutcome.PASS)
                    .withCheck(CheckKind.SSCC, CheckOutcome.PASS)).held()).isFalse();
        }
    }

    @Nested
    class ValueAndUnits {
        @Test
        void holdsOrderWhenValueExceedsThreshold() {
            StageDecision decision = decide(anOrder().worth("10000.01").withCheck(CheckKind.UOM_MAPPING, CheckOutcome.PASS));
            assertThat(codes(decision)).containsExactly(Reason.VALUE_ABOVE_THRESHOLD);
            assertThat(decision.reasons().get(0).message()).contains("10000.01", "10000");
        }

        @Test
        void holdsOrderWhenUnitsExceedThreshold() {
            assertThat(codes(decide(anOrder().withUnits(5001).withCheck(CheckKind.UOM_MAPPING, CheckOutcome.PASS))))
                    .containsExactly(Reason.UNITS_ABOVE_THRESHOLD);
        }

        @Test
        void listsEveryReasonAtOnce() {
            assertThat(codes(decide(anOrder().worth("20000").withUnits(9000)
                    .withCheck(CheckKind.UOM_MAPPING, CheckOutcome.FAIL, finding("CASE_PACK_MISMATCH", Severity.FAIL)))))
                    .containsExactlyInAnyOrder(Reason.CHECK_NOT_PASSED, Reason.VALUE_ABOVE_THRESHOLD,
                            Reason.UNITS_ABOVE_THRESHOLD);
        }

        @Test
        void holdsOrderInACurrencyTheThresholdsDoNotCover() {
            assertThat(codes(decide(anOrder().inCurrency("EUR").withCheck(CheckKind.UOM_MAPPING, CheckOutcome.PASS))))
                    .containsExactly(Reason.CURRENCY_NOT_COVERED);
        }
    }

    @Nested
    class Severities {
        @Test
        void holdsOrderWhoseCheckWarnedWithTheFindings() {
            StageDecision decision = decide(anOrder()
                    .withCheck(CheckKind.UOM_MAPPING, CheckOutcome.WARN, finding("WEIGHT_PRICED", Severity.WARN)));
            assertThat(codes(decision)).containsExactly(Reason.CHECK_NOT_PASSED);
            assertThat(decision.reasons().get(0).findings()).extracting(Finding::code).containsExactly("WEIGHT_PRICED");
        }

        @Test
        void holdsShipmentWhenOneCheckFailed() {
            assertThat(codes(decide(aShipment("S1").withCheck(CheckKind.ASN_MATCH, CheckOutcome.PASS)
                    .withCheck(CheckKind.SSCC, CheckOutcome.FAIL, finding("SSCC_CHECK_DIGIT", Severity.FAIL)))))
                    .containsExactly(Reason.CHECK_NOT_PASSED);
        }

        @Test
        void alwaysHoldsAnOutcomeItCannotRead() {
            assertThat(codes(decide(anOrder().fromVendor("BIGVENDOR").withCheck(CheckKind.UOM_MAPPING, CheckOutcome.UNKNOWN))))
                    .containsExactly(Reason.CHECK_NOT_PASSED);
        }

        @Test
        void holdsAPassWithAFindingAtAHoldingSeverity() {
            assertThat(codes(decide(anOrder()
                    .withCheck(CheckKind.UOM_MAPPING, CheckOutcome.PASS, finding("ODD", Severity.WARN),
                            finding("NOTE", Severity.INFO)))))
                    .containsExactly(Reason.SEVERE_FINDING);
        }
    }

    @Nested
    class VendorOverrides {
        @Test
        void approvesWhatTheVendorsOwnThresholdsAllow() {
            assertThat(decide(anOrder().fromVendor("BIGVENDOR").worth("90000").withUnits(40000)
                    .withCheck(CheckKind.UOM_MAPPING, CheckOutcome.WARN, finding("ODD", Severity.WARN))).held()).isFalse();
        }

        @Test
        void otherVendorsKeepTheGlobalThresholds() {
            assertThat(decide(anOrder().fromVendor("OTHER").worth("90000")
                    .withCheck(CheckKind.UOM_MAPPING, CheckOutcome.PASS)).held()).isTrue();
        }
    }

    @Nested
    class FourEyes {
        @Test
        void needsTwoApproversAboveTheFourEyesValue() {
            assertThat(decide(anOrder().worth("50000.01").withCheck(CheckKind.UOM_MAPPING, CheckOutcome.PASS))
                    .requiredApprovals()).isEqualTo(2);
        }

        @Test
        void needsOneApproverUpToTheFourEyesValue() {
            assertThat(decide(anOrder().worth("50000").withCheck(CheckKind.UOM_MAPPING, CheckOutcome.PASS))
                    .requiredApprovals()).isEqualTo(1);
        }
    }

    @Nested
    class MissingChecks {
        @Test
        void holdsOrderWithCheckMissingOnceDue() {
            StageDecision decision = policy.decide(anOrder().build(), DUE).orElseThrow();
            assertThat(codes(decision)).containsExactly(Reason.CHECK_MISSING);
            assertThat(decision.reasons().get(0).message()).contains("UOM_MAPPING");
        }

        @Test
        void holdsShipmentNamingTheMissingCheck() {
            StageDecision decision = policy.decide(aShipment("S1").withCheck(CheckKind.ASN_MATCH, CheckOutcome.PASS)
                    .build(), DUE.plusSeconds(1)).orElseThrow();
            assertThat(decision.reasons()).extracting(Reason::code, Reason::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Reason.CHECK_MISSING,
                            "SSCC result was not received by " + DUE));
        }

        @Test
        void holdsWhenThePurchaseOrderNeverArrived() {
            assertThat(codes(policy.decide(anOrder().withoutOrder().withCheck(CheckKind.UOM_MAPPING, CheckOutcome.PASS)
                    .build(), DUE).orElseThrow())).containsExactly(Reason.PURCHASE_ORDER_MISSING);
        }
    }
}
