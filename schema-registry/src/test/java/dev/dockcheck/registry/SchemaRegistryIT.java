package dev.dockcheck.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts the runner jar that this module's package phase built (failsafe passes its path in
 * system property {@code schema-registry.runner}) and talks to it over HTTP.
 */
@ExtendWith(SchemaRegistryExtension.class)
class SchemaRegistryIT {

    private static final String SCHEMA_JSON = "application/vnd.schemaregistry.v1+json";
    private static final String AVRO_SCHEMA = "{\"type\":\"record\",\"name\":\"PurchaseOrder\","
            + "\"namespace\":\"dev.dockcheck.it\",\"fields\":["
            + "{\"name\":\"poNumber\",\"type\":\"string\"},"
            + "{\"name\":\"quantity\",\"type\":\"int\"}]}";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void extensionStartsTheSharedRegistryAndPublishesItsUrl() {
        String url = SchemaRegistrySupport.registryUrl();
        assertTrue(url.matches("http://127\\.0\\.0\\.1:\\d+/apis/registry/v2"), url);
        assertEquals(url, System.getProperty(SchemaRegistrySupport.URL_PROPERTY));
        assertEquals(url.replace("/apis/registry/v2", "/apis/ccompat/v7"), SchemaRegistrySupport.ccompatUrl());
    }

    @Test
    void registersAnAvroSchemaThroughTheConfluentApiAndReadsItBackById() throws Exception {
        String ccompat = SchemaRegistrySupport.ccompatUrl();

        HttpResponse<String> registered = send(HttpRequest.newBuilder(URI.create(ccompat + "/subjects/t-value/versions"))
                .header("Content-Type", SCHEMA_JSON)
                .POST(HttpRequest.BodyPublishers.ofString("{\"schema\":" + jsonString(AVRO_SCHEMA) + "}")));
        assertEquals(200, registered.statusCode(), registered.body());
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(registered.body());
        assertTrue(id.find(), registered.body());

        HttpResponse<String> byId = send(HttpRequest.newBuilder(URI.create(ccompat + "/schemas/ids/" + id.group(1)))
                .header("Accept", SCHEMA_JSON).GET());
        assertEquals(200, byId.statusCode(), byId.body());
        assertEquals(AVRO_SCHEMA, stringField(byId.body(), "schema"));

        HttpResponse<String> subjects = send(HttpRequest.newBuilder(URI.create(ccompat + "/subjects")).GET());
        assertEquals(200, subjects.statusCode(), subjects.body());
        assertTrue(subjects.body().contains("\"t-value\""), subjects.body());
    }

    @Test
    void nativeApiAnswers() throws Exception {
        HttpResponse<String> info = send(HttpRequest.newBuilder(
                URI.create(SchemaRegistrySupport.registryUrl() + "/system/info")).GET());
        assertEquals(200, info.statusCode(), info.body());
        assertTrue(info.body().contains("\"version\""), info.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code value} as a JSON string literal. */
    private static String jsonString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The value of a top-level string field of a JSON object, unescaped (enough for these answers). */
    private static String stringField(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        assertTrue(m.find(), json);
        StringBuilder out = new StringBuilder();
        String s = m.group(1);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }
}
