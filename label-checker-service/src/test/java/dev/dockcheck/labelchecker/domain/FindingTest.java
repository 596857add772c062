package dev.dockcheck.labelchecker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FindingTest {

    static final String THREE_MIB = "x".repeat(3 * 1024 * 1024);

    @Nested
    class EchoedTexts {

        @Test
        void capsMessageExpectedAndActualAtTwoHundredFiftySixCharactersWithAnEllipsis() {
            var finding = new Finding("C", Severity.FAIL, THREE_MIB, "cartons[0]", THREE_MIB, THREE_MIB);

            assertThat(finding.message()).hasSize(Finding.MAX_TEXT).endsWith("x…");
            assertThat(finding.expected()).isEqualTo(finding.message());
            assertThat(finding.actual()).isEqualTo(finding.message());
        }

        @Test
        void keepsTextsUpToTheCapAsTheyAre() {
            String exactly = "y".repeat(Finding.MAX_TEXT);

            var finding = new Finding("C", Severity.WARN, exactly, null, null, "00123456789012345675");

            assertThat(finding.message()).isEqualTo(exactly);
            assertThat(finding.actual()).isEqualTo("00123456789012345675");
            assertThat(finding.expected()).isNull();
        }

        @Test
        void neverSplitsACharacterOutsideTheBasicPlane() {
            String emoji = "a".repeat(Finding.MAX_TEXT - 2) + "\uD83D\uDE00" + "tail";

            String actual = new Finding("C", Severity.FAIL, "m", null, null, emoji).actual();

            assertThat(actual).isEqualTo("a".repeat(Finding.MAX_TEXT - 2) + "…");
        }
    }
}
