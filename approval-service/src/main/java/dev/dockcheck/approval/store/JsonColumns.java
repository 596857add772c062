package dev.dockcheck.approval.store;

import dev.dockcheck.approval.domain.Finding;
import dev.dockcheck.approval.domain.Reason;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reasons and findings as jsonb, and the small conversions every store needs. */
@Component
public class JsonColumns {

    private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() { };
    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() { };

    private final JsonMapper json;

    public JsonColumns(JsonMapper json) {
        this.json = json;
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    List<Reason> reasons(String column) {
        return json.readValue(column, REASONS);
    }

    List<Finding> findings(String column) {
        return json.readValue(column, FINDINGS);
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
