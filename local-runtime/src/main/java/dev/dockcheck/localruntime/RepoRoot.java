package dev.dockcheck.localruntime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the repository root: the nearest directory, from a start directory upward, that holds {@code mvnw}. */
public final class RepoRoot {

    private RepoRoot() {
    }

    public static Optional<Path> find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** From the working directory upward; fails with a message that says where to run from. */
    public static Path fromWorkingDirectory() {
        Path cwd = Path.of(System.getProperty("user.dir"));
        return find(cwd).orElseThrow(() -> new IllegalStateException(
                "No mvnw found in " + cwd + " or above it: run this from inside the dockcheck repository"));
    }
}
