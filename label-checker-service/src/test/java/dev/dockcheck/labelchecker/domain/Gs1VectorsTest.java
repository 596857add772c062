package dev.dockcheck.labelchecker.domain;

import static dev.dockcheck.labelchecker.domain.Shipments.aShipment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every vector of {@code gs1/sscc_test_vectors.json} (sources in the file) is classified as the
 * file says.
 *
 * <p>One vector needs a word: {@code " 00102234567666698888"} is filed under {@code invalid_format}
 * for its leading space, while the rule reads SSCCs "after trimming spaces". Both hold
 * here: the value is rejected (FAIL), the format finding is {@code SSCC_WHITESPACE} (WARN, the
 * space was trimmed), and the FAIL itself comes from the trimmed value's wrong check digit. A
 * space around an otherwise valid SSCC gives WARN, not FAIL (see {@link SsccValidityTest}).
 */
class Gs1VectorsTest {

    static final List<String> FORM_CODES = List.of("SSCC_MALFORMED", "SSCC_WHITESPACE");

    static JsonNode vectors() throws IOException {
        try (InputStream in = Gs1VectorsTest.class.getResourceAsStream("/gs1/sscc_test_vectors.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    static Stream<JsonNode> entries(String category) throws IOException {
        return StreamSupport.stream(vectors().get(category).spliterator(), false);
    }

    static Stream<JsonNode> valid() throws IOException {
        return entries("valid");
    }

    static Stream<JsonNode> invalidCheckDigit() throws IOException {
        return entries("invalid_check_digit");
    }

    static Stream<JsonNode> invalidFormat() throws IOException {
        return entries("invalid_format");
    }

    static List<Finding> check(String value) {
        return SsccValidity.check(aShipment("S1").withCarton(value).build(), SsccValidityTest.NORTH_AMERICA);
    }

    @ParameterizedTest
    @MethodSource("valid")
    void passesAValidVectorInBothForms(JsonNode vector) {
        String sscc18 = vector.get("sscc18").asText();

        assertThat(check(sscc18)).isEmpty();
        assertThat(check("00" + sscc18)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("invalidCheckDigit")
    void failsAnInvalidCheckDigitVectorWithTheExpectedDigit(JsonNode vector) {
        String sscc18 = vector.get("sscc18").asText();

        assertThat(check("00" + sscc18)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("SSCC_CHECK_DIGIT");
            assertThat(f.severity()).isEqualTo(Severity.FAIL);
            assertThat(f.expected()).isEqualTo(vector.get("expected_check").asText());
        });
    }

    @ParameterizedTest
    @MethodSource("invalidFormat")
    void failsAnInvalidFormatVectorWithAFormFinding(JsonNode vector) {
        List<Finding> findings = check(vector.get("value").asText());

        assertThat(Outcome.of(findings)).isEqualTo(Outcome.FAIL);
        assertThat(findings).extracting(Finding::code).anyMatch(FORM_CODES::contains);
    }

    @ParameterizedTest
    @MethodSource("invalidFormat")
    void neverRegistersAMalformedVectorUnderAnotherSscc(JsonNode vector) {
        String value = vector.get("value").asText();
        var claimed = SsccValidity.claimed(aShipment("S1").withCarton(value).build()).keySet();

        assertThat(claimed).allSatisfy(sscc -> assertThat(sscc.digits()).isEqualTo(value.strip().substring(2)));
    }
}
