package dev.dockcheck.localruntime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrphanGuardTest {

    private Process sleeper;

    @AfterEach
    void killSleeper() {
        if (sleeper != null) {
            sleeper.destroyForcibly();
        }
    }

    @Test
    void whenTheLauncherVanishesTheWatchedProcessesAreStopped() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
        sleeper = new ProcessBuilder("sleep", "60").start();
        OrphanGuard guard = OrphanGuard.start();
        guard.watch(sleeper.toHandle());
        // what the watcher sees when this JVM dies: end of input without "disarm"
        guard.process().orElseThrow();
        guard.abandon();
        assertThat(sleeper.waitFor(10, TimeUnit.SECONDS)).as("sleeper stopped").isTrue();
        assertThat(guard.process().orElseThrow().onExit().get(20, TimeUnit.SECONDS).isAlive()).isFalse();
    }

    @Test
    void aDisarmedGuardLeavesEverythingAlone() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
        sleeper = new ProcessBuilder("sleep", "60").start();
        OrphanGuard guard = OrphanGuard.start();
        guard.watch(sleeper.toHandle());
        guard.close();
        guard.process().orElseThrow().onExit().get(10, TimeUnit.SECONDS);
        assertThat(sleeper.isAlive()).isTrue();
    }
}
