package dev.dockcheck.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Locating the runner jar; needs no runner. */
class SchemaRegistryProcessTest {

    @Test
    void findsTheRunnerJarInAParentDirectory(@TempDir Path root) throws IOException {
        Path target = Files.createDirectories(root.resolve("schema-registry/target"));
        Path jar = Files.createFile(target.resolve("schema-registry-1.0-runner.jar"));
        Files.createFile(target.resolve("schema-registry-1.0.jar"));
        Path nested = Files.createDirectories(root.resolve("some-service/src"));

        assertEquals(Optional.of(jar), SchemaRegistryProcess.findRunnerJarUpward(nested));
        assertEquals(Optional.of(jar), SchemaRegistryProcess.findRunnerJarUpward(root.resolve("schema-registry")));
    }

    @Test
    void findsNothingWhereThereIsNoRunnerJar(@TempDir Path root) {
        assertFalse(SchemaRegistryProcess.findRunnerJarUpward(root).isPresent());
    }

    @Test
    void aMissingConfiguredRunnerJarSaysHowToBuildIt(@TempDir Path root) {
        String previous = System.getProperty(SchemaRegistryProcess.RUNNER_PROPERTY);
        System.setProperty(SchemaRegistryProcess.RUNNER_PROPERTY, root.resolve("missing-runner.jar").toString());
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, SchemaRegistryProcess::locateRunnerJar);
            assertTrue(e.getMessage().contains("./mvnw -pl schema-registry package"), e.getMessage());
        } finally {
            if (previous == null) {
                System.clearProperty(SchemaRegistryProcess.RUNNER_PROPERTY);
            } else {
                System.setProperty(SchemaRegistryProcess.RUNNER_PROPERTY, previous);
            }
        }
    }

    @Test
    void startRefusesAMissingJar(@TempDir Path root) {
        IOException e = assertThrows(IOException.class, () -> SchemaRegistryProcess.start(
                root.resolve("missing.jar"), SchemaRegistryProcess.freePort(), root.resolve("registry.log")));
        assertTrue(e.getMessage().contains("./mvnw -pl schema-registry package"), e.getMessage());
    }
}
