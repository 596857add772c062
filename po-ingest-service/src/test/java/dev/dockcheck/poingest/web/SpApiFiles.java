package dev.dockcheck.poingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The SP-API payloads under {@code src/test/resources/spapi/}. */
final class SpApiFiles {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private SpApiFiles() {
    }

    static ObjectNode read(String name) {
        try (InputStream in = SpApiFiles.class.getResourceAsStream("/spapi/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test file " + name);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return JSON.writeValueAsString(read(name));
    }

    static JsonNode at(ObjectNode root, String pointer) {
        return root.at(pointer);
    }
}
