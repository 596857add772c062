package dev.dockcheck.localruntime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SsccTest {

    @Test
    void checkDigitOfTheGs1WorkedExample() {
        // weights 3,1,3,... from the right: sum 155, check (10 - 5) mod 10 = 5
        assertThat(Sscc.checkDigit("12345678901234567")).isEqualTo(5);
    }

    @Test
    void checkDigitIsZeroWhenTheSumIsAMultipleOfTen() {
        assertThat(Sscc.checkDigit("00000000000000000")).isZero();
        // 1*3 + 7*1 = 10
        assertThat(Sscc.checkDigit("71")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789012345675", "006141411234567890", "952012345678912345", "095287654321012346"})
    void publishedSsccsAreValid(String sscc) {
        assertThat(Sscc.isValid(sscc)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789012345670", "102234567666698888", "102234567898098745", "12345678901234567",
            "1234567890123456750", "A23456789012345675", " 23456789012345675"})
    void wrongCheckDigitsAndFormatsAreInvalid(String sscc) {
        assertThat(Sscc.isValid(sscc)).isFalse();
    }

    @Test
    void buildsAnSsccFromItsParts() {
        String sscc = Sscc.of(0, "0614141", 123456789L);
        assertThat(sscc).hasSize(18).startsWith("00614141123456789");
        assertThat(Sscc.isValid(sscc)).isTrue();
        assertThat(Sscc.of(0, "0614141", 7)).isEqualTo("00614141000000007" + Sscc.checkDigit("00614141000000007"));
        assertThat(Sscc.elementString(sscc)).isEqualTo("00" + sscc).hasSize(20);
    }

    @Test
    void refusesPartsThatDoNotFit() {
        assertThatThrownBy(() -> Sscc.of(10, "0614141", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sscc.of(0, "0614141", 1_000_000_000L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sscc.checkDigit("12a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sscc.checkDigit("")).isInstanceOf(IllegalArgumentException.class);
    }
}
