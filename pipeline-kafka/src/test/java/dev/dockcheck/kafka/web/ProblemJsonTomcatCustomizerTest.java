package dev.dockcheck.kafka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

/** Boot's own Tomcat factory, customised as every service's is, on a real port. */
class ProblemJsonTomcatCustomizerTest {

    WebServer server;

    @BeforeEach
    void start() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        new ProblemJsonTomcatCustomizer().customize(factory);
        server = factory.getWebServer(context -> context.addServlet("hello", new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void doGet(jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response) throws IOException {
                response.getWriter().write("hello");
            }
        }).addMapping("/*"));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Nested
    class APathWithAnEncodedNul {

        @Test
        void isRefusedWith400ProblemJsonInsteadOfAnHtmlPage() throws IOException {
            String response = get("/api/catalog/items/SKU%00X");

            assertThat(response).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
                    .contains("\"status\":400", "\"title\":\"Bad Request\"").doesNotContain("<html", "Tomcat");
        }
    }

    @Nested
    class AnOrdinaryPath {

        @Test
        void reachesTheApplication() throws IOException {
            assertThat(get("/api/catalog/items/SKU")).startsWith("HTTP/1.1 200").endsWith("hello");
        }
    }

    private String get(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
