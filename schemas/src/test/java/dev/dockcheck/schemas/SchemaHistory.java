package dev.dockcheck.schemas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;

/**
 * Every released version of a value schema, kept as {@code schema-history/<Type>/v<N>.avsc}.
 * A schema change adds a new file; old files are never edited.
 */
record SchemaHistory(String typeName, List<Version> versions) {

    static final Path ROOT = Path.of("src/test/resources/schema-history");

    record Version(int number, Schema schema) {
    }

    static SchemaHistory of(Schema current) {
        Path dir = ROOT.resolve(current.getName());
        if (!Files.isDirectory(dir)) {
            return new SchemaHistory(current.getName(), List.of());
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Version> versions = files
                    .filter(file -> file.getFileName().toString().matches("v\\d+\\.avsc"))
                    .map(SchemaHistory::read)
                    .sorted(Comparator.comparingInt(Version::number))
                    .toList();
            return new SchemaHistory(current.getName(), versions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Version latest() {
        return versions.get(versions.size() - 1);
    }

    private static Version read(Path file) {
        String name = file.getFileName().toString();
        int number = Integer.parseInt(name.substring(1, name.indexOf('.')));
        try {
            return new Version(number, new Schema.Parser().parse(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
