package dev.dockcheck.localruntime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Stream;

/** The last lines of a log file, for error messages. */
public final class LogTail {

    private LogTail() {
    }

    public static String of(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "(no log at " + file + ")";
        }
        Deque<String> tail = new ArrayDeque<>(lines);
        try (Stream<String> all = Files.lines(file, StandardCharsets.UTF_8)) {
            all.forEach(line -> {
                if (tail.size() == lines) {
                    tail.removeFirst();
                }
                tail.addLast(line);
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(log " + file + " not readable: " + e.getMessage() + ")";
        }
        return String.join(System.lineSeparator(), tail);
    }
}
