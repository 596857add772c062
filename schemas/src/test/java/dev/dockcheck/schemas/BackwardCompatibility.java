package dev.dockcheck.schemas;

import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityResult;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * BACKWARD compatibility as the schema registry means it: a consumer on the new schema can read
 * every record written with an older one.
 */
final class BackwardCompatibility {

    private BackwardCompatibility() {
    }

    static SchemaCompatibilityResult check(Schema newSchema, Schema olderSchema) {
        return SchemaCompatibility.checkReaderWriterCompatibility(newSchema, olderSchema).getResult();
    }

    static boolean holds(Schema newSchema, Schema olderSchema) {
        return check(newSchema, olderSchema).getCompatibility() == SchemaCompatibilityType.COMPATIBLE;
    }

    static String describe(SchemaCompatibilityResult result) {
        return result.getIncompatibilities().stream()
                .map(i -> i.getType() + " at " + i.getLocation() + ": " + i.getMessage())
                .collect(Collectors.joining("; "));
    }
}
