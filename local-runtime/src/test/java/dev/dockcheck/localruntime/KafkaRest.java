package dev.dockcheck.localruntime;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * HTTP against the running services: waiting for catalog entries, and sending {@link HostileRequests.Bad}
 * requests while checking that each is answered 4xx problem+json, without a stack trace or a Java
 * class name, naming the bad field where one is expected.
 */
final class KafkaRest {

    /** Java exception or class names, stack frames: none may reach a client. */
    static final Pattern LEAK = Pattern.compile("Exception|\\bat [a-z]+\\.[a-z]+\\.|java\\.|javax?\\.|jakarta\\.|"
            + "org\\.springframework|tools\\.jackson|com\\.fasterxml|dev\\.dockcheck|\\.java:\\d+");

    private final LocalStack stack;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    KafkaRest(LocalStack stack) {
        this.stack = stack;
    }

    /** Until po-ingest's catalog store knows every SKU in {@code skus}; fails after {@code timeout}. */
    void awaitCatalog(Collection<String> skus, Duration timeout) throws Exception {
        String base = stack.service(ServiceSpec.PO_INGEST).baseUrl();
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String sku : skus) {
            while (send("GET", base + "/api/catalog/items/" + sku, null, null, Map.of()).statusCode() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("catalog item " + sku + " not in po-ingest's store after " + timeout);
                }
                Thread.sleep(250);
            }
        }
    }

    /**
     * Sends each request; returns the problems found (empty when every answer was right) and counts
     * the statuses in {@code statuses}.
     */
    List<String> sendAll(String baseUrl, List<HostileRequests.Bad> requests, Map<Integer, Integer> statuses)
            throws Exception {
        List<String> problems = new ArrayList<>();
        for (HostileRequests.Bad bad : requests) {
            HttpResponse<String> answer;
            try {
                answer = send(bad.method(), baseUrl + bad.path(), bad.contentType(), bad.body(), bad.headers());
            } catch (IOException e) {
                problems.add(describe(bad) + ": no answer (" + e + ")");
                continue;
            }
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            String wrong = check(bad, answer);
            if (wrong != null && problems.size() < 50) {
                problems.add(describe(bad) + ": " + wrong);
            }
        }
        return problems;
    }

    private static String check(HostileRequests.Bad bad, HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status < 400 || status > 499) {
            return "status " + status;
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "status " + status + " with content type '" + type + "'";
        }
        if (LEAK.matcher(answer.body()).find()) {
            return "leaks internals";
        }
        if (status == 400 && bad.pathSuffix() != null
                && !Pattern.compile("\"path\"\\s*:\\s*\"[^\"]*" + Pattern.quote(bad.pathSuffix()) + "\"")
                        .matcher(answer.body()).find()) {
            return "no errors[].path ending in " + bad.pathSuffix() + ": " + answer.body();
        }
        return null;
    }

    HttpResponse<String> send(String method, String url, String contentType, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String describe(HostileRequests.Bad bad) {
        return bad.method() + " " + abbreviate(bad.path()) + " [" + bad.contentType() + "] " + abbreviate(bad.body())
                + " " + bad.headers().keySet();
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "(none)";
        }
        String flat = text.replace("\n", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…(" + flat.length() + " chars)" : flat;
    }
}
