package dev.dockcheck.localruntime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;

/**
 * Copies a jar out of {@code target/} before it is run, so that a rebuild ({@code mvn package},
 * {@code mvn clean}) while the pipeline runs does not pull the jar out from under a running JVM,
 * which loads classes from it lazily. A copy whose size and modification time match is reused.
 */
public final class JarStage {

    private JarStage() {
    }

    /** {@code dir/<file name of jar>}, refreshed from {@code jar} if that changed. */
    public static Path stage(Path jar, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path copy = dir.resolve(jar.getFileName().toString());
        FileTime modified = Files.getLastModifiedTime(jar);
        if (Files.isRegularFile(copy) && Files.size(copy) == Files.size(jar)
                && Files.getLastModifiedTime(copy).equals(modified)) {
            return copy;
        }
        Path partial = dir.resolve(copy.getFileName() + ".partial");
        Files.copy(jar, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(partial, modified);
        Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return copy;
    }
}
