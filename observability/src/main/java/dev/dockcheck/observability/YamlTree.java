package dev.dockcheck.observability;

import java.util.List;
import java.util.Map;

/** Typed access to the maps and lists that SnakeYAML returns. */
final class YamlTree {

    private YamlTree() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> node, String key) {
        Object value = node.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> node, String key) {
        Object value = node.get(key);
        return value == null ? Map.of() : (Map<String, Object>) value;
    }
}
