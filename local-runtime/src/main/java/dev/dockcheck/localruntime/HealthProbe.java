package dev.dockcheck.localruntime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks a Spring Boot {@code /actuator/health} endpoint for its status. */
public final class HealthProbe {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private HealthProbe() {
    }

    /**
     * The status ({@code UP}, {@code DOWN}, …), {@code HTTP <code>} when the answer has none, or
     * {@code no answer} when nothing listens yet.
     */
    public static String status(String healthUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(healthUrl)).timeout(Duration.ofSeconds(5)).GET().build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            String status = parseStatus(response.body());
            return status != null ? status : "HTTP " + response.statusCode();
        } catch (IOException e) {
            return "no answer";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The top-level {@code status} of a health document, or null. */
    static String parseStatus(String body) {
        if (body == null) {
            return null;
        }
        try {
            JsonNode status = JSON.readTree(body).path("status");
            return status.isTextual() ? status.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
