package dev.dockcheck.localruntime;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** Progress lines on the console, with paths shown relative to the repository root. */
public final class Progress {

    private final PrintStream out;
    private final Path repoRoot;

    public Progress(PrintStream out, Path repoRoot) {
        this.out = out;
        this.repoRoot = repoRoot.toAbsolutePath().normalize();
    }

    public void starting(String component, String address, Path log) {
        line(String.format("  starting  %-22s %-28s log %s", component, address, display(log)));
    }

    public void ready(String component, Duration took) {
        line(String.format("  ready     %-22s in %s", component, seconds(took)));
    }

    public void stopped(String component, Duration took, boolean forced) {
        line(String.format("  stopped   %-22s in %s%s", component, seconds(took), forced ? " (killed)" : ""));
    }

    public synchronized void line(String text) {
        out.println(text);
        out.flush();
    }

    /** {@code path} relative to the repository root when it lies inside it. */
    public String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(repoRoot) && !absolute.equals(repoRoot)
                ? repoRoot.relativize(absolute).toString() : absolute.toString();
    }

    public static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    public static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
