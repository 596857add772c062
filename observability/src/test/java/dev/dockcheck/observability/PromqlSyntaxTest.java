package dev.dockcheck.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every PromQL expression in the dashboards and rules parses. Prometheus' own parser does the
 * work: the expressions go into a generated rule file that {@code promtool check rules} reads.
 * Without promtool on the PATH the test is skipped, unless {@code DOCKCHECK_REQUIRE_PROMTOOL} is
 * set, as CI does.
 */
class PromqlSyntaxTest {

    @Test
    void everyExpressionParses() throws Exception {
        boolean installed = promtoolOnPath();
        if (System.getenv("DOCKCHECK_REQUIRE_PROMTOOL") != null) {
            assertThat(installed).as("promtool must be on the PATH").isTrue();
        }
        assumeTrue(installed, "promtool is not installed");

        List<Query> queries = MonitoringFiles.inRepo().queries();
        StringBuilder rules = new StringBuilder("groups:\n  - name: every-dockcheck-expression\n    rules:\n");
        for (int i = 0; i < queries.size(); i++) {
            rules.append("      - record: dockcheck:expression_").append(i).append('\n')
                    .append("        expr: '").append(queries.get(i).expr().replace("'", "''").replace("\n", " ")).append("'\n");
        }
        Path file = Files.createDirectories(Path.of("target")).resolve("every-expression.rules.yml");
        Files.writeString(file, rules);

        Process promtool = new ProcessBuilder("promtool", "check", "rules", file.toString()).redirectErrorStream(true).start();
        String output = new String(promtool.getInputStream().readAllBytes());

        assertThat(promtool.waitFor()).as(output).isZero();
        assertThat(output).contains("SUCCESS: " + queries.size() + " rules found");
    }

    private static boolean promtoolOnPath() {
        try {
            return new ProcessBuilder("promtool", "--version").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
