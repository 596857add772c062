package dev.dockcheck.bench.approval;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;

/** Times HTTP requests one after another (one client, no think time), in microseconds. */
final class RestTimer {

    /** One endpoint's figures. */
    record Figure(String name, int requests, int errors, Histogram micros) {
        double ms(double percentile) {
            return micros.getTotalCount() == 0 ? Double.NaN : micros.getValueAtPercentile(percentile) / 1e3;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String authorization;

    RestTimer(String user, String password) {
        authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).timeout(Duration.ofSeconds(30)).GET();
    }

    HttpRequest.Builder post(String url, String json) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    /** Sends {@code warmup} unmeasured requests, then {@code count} measured ones; request i from {@code request}. */
    Figure time(String name, int warmup, int count, IntFunction<HttpRequest> request) throws IOException, InterruptedException {
        System.out.printf("  - %s: %d warm-up + %d measured requests, e.g. %s %s%n", name, warmup, count,
                request.apply(0).method(), request.apply(0).uri());
        for (int i = 0; i < warmup; i++) {
            http.send(request.apply(i), HttpResponse.BodyHandlers.discarding());
        }
        Histogram micros = new Histogram(60_000_000L, 3);
        int errors = 0;
        for (int i = warmup; i < warmup + count; i++) {
            HttpRequest r = request.apply(i);
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
            micros.recordValue((System.nanoTime() - start) / 1_000);
            if (response.statusCode() >= 300) {
                if (errors++ == 0) {
                    System.out.println("    ! " + response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8));
                }
            }
        }
        Figure f = new Figure(name, count, errors, micros);
        System.out.printf("    p50 %.2f ms, p99 %.2f ms, errors %d%n", f.ms(50), f.ms(99), errors);
        return f;
    }
}
