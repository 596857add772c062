package dev.dockcheck.localruntime;

import dev.dockcheck.registry.SchemaRegistryProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The jars the stack runs: the schema registry's runner jar and the four service jars, checked to
 * be built and then copied to {@code <data-dir>/jars} (see {@link JarStage}).
 */
final class BuiltJars {

    static final String REGISTRY = "schema-registry";

    private BuiltJars() {
    }

    /**
     * The staged copies, by module name.
     *
     * @throws StartupException naming every jar that is not built yet
     */
    static Map<String, Path> stage(Path repoRoot, Path dir, Progress progress) throws IOException {
        List<String> missing = new ArrayList<>();
        ServiceSpec.ALL.stream().map(spec -> spec.jar(repoRoot)).filter(jar -> !Files.isRegularFile(jar))
                .forEach(jar -> missing.add(progress.display(jar)));
        Path runner = null;
        try {
            runner = SchemaRegistryProcess.locateRunnerJar();
        } catch (IllegalStateException e) {
            missing.add("schema-registry/target/schema-registry-*-runner.jar");
        }
        if (!missing.isEmpty()) {
            throw new StartupException("Not built yet: " + String.join(", ", missing)
                    + ". Build with ./mvnw -DskipTests package (./run-local does that).", null, null);
        }
        long start = System.nanoTime();
        Map<String, Path> staged = new LinkedHashMap<>();
        staged.put(REGISTRY, JarStage.stage(runner, dir));
        for (ServiceSpec spec : ServiceSpec.ALL) {
            staged.put(spec.module(), JarStage.stage(spec.jar(repoRoot), dir));
        }
        progress.line("  copied the jars to " + progress.display(dir) + " in " + Progress.seconds(Progress.since(start))
                + " (so that a rebuild does not disturb the running services)");
        return staged;
    }
}
