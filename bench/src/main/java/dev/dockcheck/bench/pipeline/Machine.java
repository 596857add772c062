package dev.dockcheck.bench.pipeline;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/** Where figures came from: CPUs, RAM, JDK and the load average, as JSON fields and one line of text. */
public final class Machine {

    private Machine() {
    }

    public static String describe() {
        return String.format(Locale.ROOT, "%d CPUs, %.1f GB RAM, JDK %s, load average %.2f", cpus(), ramGb(),
                System.getProperty("java.version"), loadAverage());
    }

    /** {@code "cpus": 2, "ramGb": 23.4, "jdk": "...", "loadAverage": 1.2} (no braces). */
    public static String json() {
        return String.format(Locale.ROOT, "\"cpus\": %d, \"ramGb\": %.1f, \"jdk\": \"%s\", \"loadAverage\": %.2f", cpus(),
                ramGb(), System.getProperty("java.version"), loadAverage());
    }

    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static int cpus() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static double ramGb() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() / 1e9 : Double.NaN;
    }
}
