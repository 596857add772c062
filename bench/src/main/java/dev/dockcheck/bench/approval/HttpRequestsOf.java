package dev.dockcheck.bench.approval;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

/** Requests without credentials. */
final class HttpRequestsOf {

    private HttpRequestsOf() {
    }

    static HttpRequest plain(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
    }
}
