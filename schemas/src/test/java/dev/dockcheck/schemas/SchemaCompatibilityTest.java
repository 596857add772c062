package dev.dockcheck.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockcheck.schemas.Topics.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class SchemaCompatibilityTest {


    static Schema schemaOf(Topic<?> topic) {
        return SpecificData.get().getSchema(topic.valueType());
    }

    @TestFactory
    Stream<DynamicTest> everyCurrentSchemaReadsEveryEarlierVersion() {
        return Topics.all().stream().map(SchemaCompatibilityTest::schemaOf).flatMap(current ->
                SchemaHistory.of(current).versions().stream().map(version -> DynamicTest.dynamicTest(
                        current.getName() + " reads v" + version.number(), () -> {
                            var result = BackwardCompatibility.check(current, version.schema());
                            assertThat(BackwardCompatibility.holds(current, version.schema()))
                                    .as("%s is not BACKWARD compatible with v%d: %s", current.getName(),
                                            version.number(), BackwardCompatibility.describe(result))
                                    .isTrue();
                        })));
    }

    @TestFactory
    Stream<DynamicTest> everyCurrentSchemaIsRecordedAsTheLatestVersion() {
        return Topics.all().stream().map(SchemaCompatibilityTest::schemaOf).map(current ->
                DynamicTest.dynamicTest(current.getName(), () -> {
                    SchemaHistory history = SchemaHistory.of(current);
                    assertThat(history.versions())
                            .as("no history for %s: save its schema as %s/%s/v1.avsc", current.getName(),
                                    SchemaHistory.ROOT, current.getName())
                            .isNotEmpty();
                    assertThat(SchemaNormalization.toParsingForm(history.latest().schema()))
                            .as("%s changed: save the new schema as v%d.avsc next to the old ones",
                                    current.getName(), history.latest().number() + 1)
                            .isEqualTo(SchemaNormalization.toParsingForm(current));
                }));
    }

    @Nested
    class TheCheckItself {

        Schema current = schemaOf(Topics.CHECK_RESULTS);

        @Test
        void rejectsANewFieldWithoutDefault() {
            Schema broken = withExtraField(current, "{\"name\": \"priority\", \"type\": \"int\"}");

            assertThat(BackwardCompatibility.holds(broken, current)).isFalse();
        }

        @Test
        void acceptsANewFieldWithDefault() {
            Schema grown = withExtraField(current, "{\"name\": \"priority\", \"type\": \"int\", \"default\": 0}");

            assertThat(BackwardCompatibility.holds(grown, current)).isTrue();
        }

        @Test
        void rejectsAFieldChangingType() {
            List<Schema.Field> fields = current.getFields().stream()
                    .map(f -> new Schema.Field(f.name(),
                            f.name().equals("subjectId") ? Schema.create(Schema.Type.INT) : f.schema(), f.doc(),
                            f.defaultVal()))
                    .toList();
            Schema broken = Schema.createRecord(current.getName(), null, current.getNamespace(), false, fields);

            assertThat(BackwardCompatibility.holds(broken, current)).isFalse();
        }

        private Schema withExtraField(Schema schema, String fieldJson) {
            String json = schema.toString();
            return new Schema.Parser().parse(json.substring(0, json.lastIndexOf(']')) + "," + fieldJson + "]}");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyEnumHasADefaultSoThatItCanGrow() {
        return Topics.all().stream().map(SchemaCompatibilityTest::schemaOf).map(current ->
                DynamicTest.dynamicTest(current.getName(), () -> {
                    List<Schema> enums = new ArrayList<>();
                    collectEnums(current, enums, new ArrayList<>());
                    assertThat(enums).allSatisfy(e -> assertThat(e.getEnumDefault())
                            .as("enum %s needs a default", e.getFullName()).isNotNull());
                }));
    }

    private static void collectEnums(Schema schema, List<Schema> enums, List<String> seen) {
        switch (schema.getType()) {
            case ENUM -> enums.add(schema);
            case RECORD -> {
                if (seen.contains(schema.getFullName())) {
                    return;
                }
                seen.add(schema.getFullName());
                schema.getFields().forEach(f -> collectEnums(f.schema(), enums, seen));
            }
            case ARRAY -> collectEnums(schema.getElementType(), enums, seen);
            case MAP -> collectEnums(schema.getValueType(), enums, seen);
            case UNION -> schema.getTypes().forEach(t -> collectEnums(t, enums, seen));
            default -> {
            }
        }
    }
}
