package dev.dockcheck.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * The monitoring files of the repo (alert rules, Grafana dashboards and provisioning) read as
 * data, so that tests can check what ops will see: every query, where it comes from, and the
 * metrics it needs.
 */
public final class MonitoringFiles {

    private final Path root;

    public MonitoringFiles(Path observabilityDir) {
        this.root = observabilityDir;
    }

    /** Finds {@code observability/} from the working directory or one of its parents. */
    public static MonitoringFiles inRepo() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("observability/grafana"))) {
                return new MonitoringFiles(dir.resolve("observability"));
            }
        }
        throw new IllegalStateException("no observability/ directory above " + Path.of("").toAbsolutePath());
    }

    public Path root() {
        return root;
    }

    public List<Path> dashboards() {
        return list(root.resolve("grafana/dashboards"), ".json");
    }

    public List<Path> ruleFiles() {
        return list(root.resolve("prometheus/rules"), ".yml");
    }

    public List<Path> datasourceFiles() {
        return list(root.resolve("grafana/provisioning/datasources"), ".yml");
    }

    /** Every PromQL expression: alert rule {@code expr}s and dashboard target {@code expr}s. */
    public List<Query> queries() {
        List<Query> queries = new ArrayList<>();
        for (Path file : ruleFiles()) {
            for (Map<String, Object> group : YamlTree.list(read(file), "groups")) {
                for (Map<String, Object> rule : YamlTree.list(group, "rules")) {
                    queries.add(new Query(file.getFileName() + ": " + rule.get("alert"), String.valueOf(rule.get("expr"))));
                }
            }
        }
        for (Path file : dashboards()) {
            for (Map<String, Object> panel : YamlTree.list(read(file), "panels")) {
                for (Map<String, Object> target : YamlTree.list(panel, "targets")) {
                    queries.add(new Query(file.getFileName() + ": " + panel.get("title"), String.valueOf(target.get("expr"))));
                }
            }
        }
        return queries;
    }

    /** A YAML or JSON file as maps and lists. */
    public static Map<String, Object> read(Path file) {
        try {
            return new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
