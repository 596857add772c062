package dev.dockcheck.poingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockcheck.poingest.kafka.CatalogStore;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class ProblemResponsesTest {

    @Nested
    class AnUnavailableStore {

        @Test
        void answers503ProblemJsonWithARetryAfter() {
            var response = new ProblemResponses().unavailable(new CatalogStore.Unavailable("Kafka Streams is ERROR"));

            assertThat(response.getStatusCode().value()).isEqualTo(503);
            assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(response.getBody().getDetail()).contains("ERROR");
            assertThat(response.getBody().getType().toString()).isEqualTo("/problems/store-unavailable");
        }
    }
}
