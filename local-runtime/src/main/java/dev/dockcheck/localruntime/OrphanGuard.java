package dev.dockcheck.localruntime;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Stops the child processes if this JVM dies without running its shutdown hooks (kill -9, a crash).
 *
 * <p>How: a small {@code /bin/sh} watcher is started first, and this JVM writes one line
 * {@code <signal> <pid>} to its stdin for every child it starts. The pipe has only this JVM as
 * writer, so when this JVM dies for any reason the watcher reads end-of-file, signals every pid it
 * was given, waits up to 15 s and then kills the ones still there. A clean shutdown stops the
 * children itself and then writes {@code disarm}, and the watcher exits without doing anything.
 * The watcher ignores SIGINT, so Ctrl-C in the terminal does not take it down first.
 *
 * <p>Where there is no {@code /bin/sh} (Windows), this does nothing.
 */
public final class OrphanGuard implements AutoCloseable {

    static final String SCRIPT = """
            trap '' INT HUP
            targets=''
            while read -r sig pid; do
              [ "$sig" = disarm ] && exit 0
              targets="$targets $sig:$pid"
            done
            pids=''
            for t in $targets; do kill "-${t%%:*}" "${t#*:}" 2>/dev/null && pids="$pids ${t#*:}"; done
            i=0
            while [ -n "$pids" ] && [ $i -lt 15 ]; do
              sleep 1; i=$((i+1)); alive=''
              for p in $pids; do kill -0 "$p" 2>/dev/null && alive="$alive $p"; done
              pids=$alive
            done
            [ -n "$pids" ] && kill -KILL $pids 2>/dev/null
            exit 0
            """;

    private final Process watcher;
    private final OutputStream commands;
    private final Set<Long> watched = new HashSet<>();

    private OrphanGuard(Process watcher) {
        this.watcher = watcher;
        this.commands = watcher == null ? null : watcher.getOutputStream();
    }

    /** Starts the watcher, or returns a guard that does nothing where there is no {@code /bin/sh}. */
    public static OrphanGuard start() {
        if (!Files.isExecutable(Path.of("/bin/sh"))) {
            return new OrphanGuard(null);
        }
        try {
            Process watcher = new ProcessBuilder("/bin/sh", "-c", SCRIPT)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return new OrphanGuard(watcher);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the orphan watcher", e);
        }
    }

    /** Whether a watcher runs. */
    public boolean active() {
        return watcher != null && watcher.isAlive();
    }

    /** The watcher itself, which is a child of this JVM too. */
    public java.util.Optional<ProcessHandle> process() {
        return java.util.Optional.ofNullable(watcher).map(Process::toHandle);
    }

    /** Have the watcher send SIGTERM to {@code process} if this JVM dies. */
    public void watch(ProcessHandle process) {
        watch(process, "TERM");
    }

    /** Have the watcher send {@code signal} (TERM, INT, …) to {@code process} if this JVM dies. */
    public synchronized void watch(ProcessHandle process, String signal) {
        if (commands == null || !watched.add(process.pid())) {
            return;
        }
        send(signal + " " + process.pid());
    }

    /**
     * Watches every direct child of this JVM not watched yet, except the watcher: catches children
     * that a library started, such as the schema registry.
     */
    public synchronized void watchAllChildren() {
        long self = watcher == null ? -1 : watcher.pid();
        ProcessHandle.current().children().filter(ProcessHandle::isAlive).filter(child -> child.pid() != self)
                .forEach(child -> watch(child, "TERM"));
    }

    /** Tells the watcher to exit without signalling anything: the children were stopped in order. */
    @Override
    public synchronized void close() {
        if (commands != null) {
            send("disarm");
            try {
                commands.close();
            } catch (IOException e) {
                // the watcher is gone already
            }
        }
    }

    /** Closes the watcher's input without disarming it, as this JVM's death would; for tests. */
    synchronized void abandon() throws IOException {
        if (commands != null) {
            commands.close();
        }
    }

    private void send(String line) {
        try {
            commands.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
            commands.flush();
        } catch (IOException e) {
            // the watcher died; nothing more to do for it
        }
    }
}
