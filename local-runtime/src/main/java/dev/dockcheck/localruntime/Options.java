package dev.dockcheck.localruntime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The launcher's command line. Every port and the data directory can be changed, so that a second
 * stack (an integration test, say) can run beside the default one.
 *
 * @param dataDir    where the broker's and PostgreSQL's data and all logs go ({@code <repo>/.local})
 * @param ports      port by {@link #PORT_OPTIONS name}: kafka, controller, registry, postgres and
 *                   one per service
 * @param timeout    how long each part may take to become healthy
 * @param feed       whether to produce sample data once everything is healthy
 * @param help       whether only the usage was asked for
 * @param serviceJvm the JVM options of the four services ({@link ServiceProcess#JVM_OPTIONS} unless
 *                   {@code --service-jvm} gives others, e.g. full JIT for a throughput run)
 */
public record Options(Path dataDir, Map<String, Integer> ports, Duration timeout, boolean feed, boolean help,
        List<String> serviceJvm) {

    /** The defaults for the JVM options of the services. */
    public Options(Path dataDir, Map<String, Integer> ports, Duration timeout, boolean feed, boolean help) {
        this(dataDir, ports, timeout, feed, help, ServiceProcess.JVM_OPTIONS);
    }

    /** Option name (without {@code --} and {@code -port}) and default port. */
    public static final Map<String, Integer> PORT_OPTIONS = defaults();

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    private static Map<String, Integer> defaults() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("kafka", 9092);
        ports.put("controller", 9093);
        ports.put("registry", 8090);
        ports.put("postgres", 5433);
        for (ServiceSpec service : ServiceSpec.ALL) {
            ports.put(service.shortName(), service.defaultPort());
        }
        return Collections.unmodifiableMap(ports);
    }

    public int port(String name) {
        Integer port = ports.get(name);
        if (port == null) {
            throw new IllegalArgumentException("No port named " + name);
        }
        return port;
    }

    /** Parses {@code args}; {@code --name value} and {@code --name=value} both work. */
    public static Options parse(List<String> args, Path repoRoot) {
        Path dataDir = repoRoot.resolve(".local");
        Map<String, Integer> ports = new LinkedHashMap<>(PORT_OPTIONS);
        Duration timeout = DEFAULT_TIMEOUT;
        boolean feed = false;
        boolean help = false;
        List<String> serviceJvm = ServiceProcess.JVM_OPTIONS;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--feed" -> feed = true;
                case "--help", "-h" -> help = true;
                case "--data-dir" -> {
                    value = value != null ? value : next(args, ++i, name);
                    dataDir = repoRoot.resolve(value).normalize();
                }
                case "--service-jvm" -> serviceJvm = jvmOptions(value != null ? value : next(args, ++i, name));
                case "--timeout" -> timeout = Duration.ofSeconds(positive(name,
                        value != null ? value : next(args, ++i, name), 3600));
                default -> {
                    String port = portName(name);
                    if (port == null) {
                        throw new IllegalArgumentException("Unknown option " + arg);
                    }
                    ports.put(port, positive(name, value != null ? value : next(args, ++i, name), 65535));
                }
            }
        }
        requireDistinct(ports);
        return new Options(dataDir, Collections.unmodifiableMap(ports), timeout, feed, help, serviceJvm);
    }

    private static String portName(String option) {
        if (option.startsWith("--") && option.endsWith("-port")) {
            String name = option.substring(2, option.length() - "-port".length());
            return PORT_OPTIONS.containsKey(name) ? name : null;
        }
        return null;
    }

    private static List<String> jvmOptions(String value) {
        List<String> options = List.of(value.trim().split("\\s+"));
        if (value.isBlank() || options.stream().anyMatch(o -> !o.startsWith("-"))) {
            throw new IllegalArgumentException("--service-jvm takes JVM options such as \"-Xmx512m -XX:+UseSerialGC\", not '"
                    + value + "'");
        }
        return options;
    }

    private static String next(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    private static int positive(String option, String value, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a number from 1 to " + max + ", not '" + value + "'");
    }

    private static void requireDistinct(Map<String, Integer> ports) {
        Map<Integer, String> seen = new LinkedHashMap<>();
        for (var entry : ports.entrySet()) {
            String other = seen.putIfAbsent(entry.getValue(), entry.getKey());
            if (other != null) {
                throw new IllegalArgumentException("Port " + entry.getValue() + " is given to both " + other
                        + " and " + entry.getKey());
            }
        }
    }

    public static String usage() {
        List<String> lines = new ArrayList<>();
        lines.add("Usage: ./run-local [--feed] [--data-dir DIR] [--timeout SECONDS] [--NAME-port PORT ...]");
        lines.add("");
        lines.add("Starts Kafka, the schema registry, PostgreSQL and the four services on 127.0.0.1,");
        lines.add("waits until all are healthy and keeps them running until Ctrl-C.");
        lines.add("");
        lines.add(option("--feed", "produce sample catalog items, POs and shipment confirmations once healthy"));
        lines.add(option("--data-dir DIR", "data and logs (default .local in the repository root)"));
        lines.add(option("--timeout SECONDS", "how long each part may take to become healthy (default "
                + DEFAULT_TIMEOUT.toSeconds() + ")"));
        lines.add(option("--service-jvm \"OPTIONS\"", "JVM options of the four services (default \""
                + String.join(" ", ServiceProcess.JVM_OPTIONS) + "\": quick start-up, C1 only)"));
        PORT_OPTIONS.forEach((name, port) -> lines.add(option("--" + name + "-port PORT", "default " + port)));
        lines.add(option("--help", "this text"));
        return String.join(System.lineSeparator(), lines);
    }

    private static String option(String option, String text) {
        return String.format("  %-27s %s", option, text);
    }
}
