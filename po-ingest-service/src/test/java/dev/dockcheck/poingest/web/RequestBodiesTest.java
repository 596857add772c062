package dev.dockcheck.poingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RequestBodiesTest {

    @Nested
    class AJsonErrorMessage {

        @Test
        void namesNoJavaClass() {
            String jackson = "Trailing token (`JsonToken.START_OBJECT`) found after value (bound as "
                    + "`tools.jackson.databind.JsonNode`): not allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`";

            assertThat(RequestBodies.withoutJavaNames(jackson))
                    .isEqualTo("Trailing token (START_OBJECT) found after value (bound as JsonNode): not allowed as per "
                            + "FAIL_ON_TRAILING_TOKENS")
                    .doesNotContain("tools.jackson");
        }

        @Test
        void keepsAPlainMessage() {
            assertThat(RequestBodies.withoutJavaNames("Unexpected end-of-input")).isEqualTo("Unexpected end-of-input");
        }
    }
}
