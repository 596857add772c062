package dev.dockcheck.bench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Removes a benchmark's temporary data directory. */
public final class DataDirs {

    private DataDirs() {
    }

    public static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.out.println("  ! could not delete " + dir + ": " + e);
        }
    }
}
