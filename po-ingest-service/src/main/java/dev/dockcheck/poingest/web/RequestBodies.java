package dev.dockcheck.poingest.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Reads request bodies up to the configured size limit, whether or not a Content-Length is sent. */
final class RequestBodies {

    private final ObjectMapper json;
    private final long limit;

    RequestBodies(ObjectMapper json, long limit) {
        this.json = json;
        this.limit = limit;
    }

    String text(HttpServletRequest request) {
        if (request.getContentLengthLong() > limit) {
            throw new PayloadTooLargeException(limit);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                throw new PayloadTooLargeException(limit);
            }
            return new String(body, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode json(HttpServletRequest request) {
        String body = text(request);
        try {
            JsonNode root = json.readTree(body);
            if (root == null || !root.isObject()) {
                throw new InvalidDocumentException(List.of(new FieldError("$", "must be a JSON object")));
            }
            return root;
        } catch (JacksonException e) {
            throw new InvalidDocumentException(List.of(new FieldError("$", "is not valid JSON: "
                    + withoutJavaNames(e.getOriginalMessage()))));
        }
    }

    /**
     * Jackson names Java types in backticks ("bound as `tools.jackson.databind.JsonNode`"); a
     * client gets the simple name only, never a class of this service.
     */
    static String withoutJavaNames(String message) {
        return message == null ? "" : message.replaceAll("`(?:[\\w$]+\\.)+([\\w$]+)`", "$1");
    }
}
