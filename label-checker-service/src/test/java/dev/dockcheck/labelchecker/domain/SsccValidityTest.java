package dev.dockcheck.labelchecker.domain;

import static dev.dockcheck.labelchecker.domain.Shipments.aShipment;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SsccValidityTest {

    static final String VALID = "00123456789012345675";
    static final LabelSettings NORTH_AMERICA = new LabelSettings(Map.of(), true, Duration.ofDays(365));

    static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Nested
    class Form {

        @Test
        void acceptsTheElementStringAndTheBareEighteenDigits() {
            var shipment = aShipment("S1").withCarton(VALID).withCarton("006141411234567890").build();

            assertThat(SsccValidity.check(shipment, NORTH_AMERICA)).isEmpty();
        }

        @Test
        void failsNineteenCharactersAndLetters() {
            var shipment = aShipment("S1").withCarton("0010223456766669888").withCarton("A23456789012345675").build();

            List<Finding> findings = SsccValidity.check(shipment, NORTH_AMERICA);

            assertThat(codes(findings)).containsExactly("SSCC_MALFORMED", "SSCC_MALFORMED");
            assertThat(findings.get(0).path()).isEqualTo("cartons[0].identifiers[0]");
            assertThat(findings.get(0).actual()).isEqualTo("0010223456766669888");
        }

        @Test
        void failsASeveralMegabyteValueQuotingOnlyItsBeginning() {
            String huge = "0".repeat(3 * 1024 * 1024);
            var shipment = aShipment("S1").withCarton(huge).build();

            List<Finding> findings = SsccValidity.check(shipment, NORTH_AMERICA);

            assertThat(codes(findings)).containsExactly("SSCC_MALFORMED");
            assertThat(findings.get(0).actual()).hasSize(Finding.MAX_TEXT).isEqualTo("0".repeat(Finding.MAX_TEXT - 1) + "…");
        }

        @Test
        void readsAValueWithSurroundingSpacesButWarnsAboutThem() {
            var shipment = aShipment("S1").withCarton(" " + VALID + " ").build();

            List<Finding> findings = SsccValidity.check(shipment, NORTH_AMERICA);

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo("SSCC_WHITESPACE");
                assertThat(f.severity()).isEqualTo(Severity.WARN);
            });
        }
    }

    @Nested
    class CheckDigit {

        @Test
        void failsAWrongCheckDigitNamingTheExpectedOne() {
            var shipment = aShipment("S1").withPallet("00123456789012345670").build();

            assertThat(SsccValidity.check(shipment, NORTH_AMERICA)).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo("SSCC_CHECK_DIGIT");
                assertThat(f.severity()).isEqualTo(Severity.FAIL);
                assertThat(f.expected()).isEqualTo("5");
                assertThat(f.actual()).isEqualTo("0");
                assertThat(f.path()).isEqualTo("pallets[0].identifiers[0]");
            });
        }

        @Test
        void followsTheWorkedExampleOfTheGs1Vectors() {
            assertThat(new Sscc("123456789012345675").expectedCheckDigit()).isEqualTo(5);
            assertThat(new Sscc("000000000000000000").expectedCheckDigit()).isZero();
        }
    }

    @Nested
    class CompanyPrefix {

        final LabelSettings prefixes = new LabelSettings(Map.of("VENDOR1", List.of("0614141")), true, Duration.ofDays(365));

        @Test
        void warnsWhenTheSsccCarriesAnotherCompanysPrefix() {
            var shipment = aShipment("S1").withCarton(VALID).build();

            assertThat(SsccValidity.check(shipment, prefixes)).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo("SSCC_COMPANY_PREFIX");
                assertThat(f.severity()).isEqualTo(Severity.WARN);
                assertThat(f.expected()).isEqualTo("0614141");
            });
        }

        @Test
        void acceptsTheVendorsPrefixAfterTheExtensionDigit() {
            var shipment = aShipment("S1").withCarton("006141411234567890").build();

            assertThat(SsccValidity.check(shipment, prefixes)).isEmpty();
        }

        @Test
        void doesNotCheckAVendorWithoutConfiguredPrefixes() {
            var shipment = aShipment("S1").from("OTHER").withCarton(VALID).build();

            assertThat(SsccValidity.check(shipment, prefixes)).isEmpty();
        }
    }

    @Nested
    class CartonWithoutSscc {

        @Test
        void failsWhereTheRegionRequiresOne() {
            var shipment = aShipment("S1").withCarton().withPallet().build();

            assertThat(SsccValidity.check(shipment, NORTH_AMERICA)).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo("SSCC_MISSING");
                assertThat(f.path()).isEqualTo("cartons[0]");
            });
        }

        @Test
        void passesWhereTheRegionDoesNot() {
            var europe = new LabelSettings(Map.of(), false, Duration.ofDays(365));

            assertThat(SsccValidity.check(aShipment("S1").withCarton().build(), europe)).isEmpty();
        }
    }

    @Nested
    class DuplicateInShipment {

        @Test
        void failsTheSecondLabelOfTheSameSsccWhateverItsForm() {
            var shipment = aShipment("S1").withCarton(VALID).withPallet("123456789012345675").build();

            assertThat(SsccValidity.check(shipment, NORTH_AMERICA)).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo("SSCC_DUPLICATE_IN_SHIPMENT");
                assertThat(f.path()).isEqualTo("pallets[0].identifiers[0]");
                assertThat(f.message()).contains("cartons[0].identifiers[0]");
            });
            assertThat(SsccValidity.claimed(shipment)).hasSize(1);
        }
    }
}
