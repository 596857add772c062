package dev.dockcheck.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What Grafana and Prometheus load from the repo is well formed and consistent. */
class ProvisioningTest {

    MonitoringFiles files = MonitoringFiles.inRepo();

    @Nested
    class Dashboards {

        @Test
        void eachHasAUniqueUidATitleAndPanelsWithQueries() {
            assertThat(files.dashboards()).hasSizeGreaterThanOrEqualTo(2);
            Set<Object> uids = new HashSet<>();
            for (Path file : files.dashboards()) {
                Map<String, Object> dashboard = MonitoringFiles.read(file);
                assertThat(dashboard.get("uid")).as("uid of %s", file).isNotNull();
                assertThat(uids.add(dashboard.get("uid"))).as("uid of %s is unique", file).isTrue();
                assertThat((String) dashboard.get("title")).as("title of %s", file).isNotBlank();
                assertThat(YamlTree.list(dashboard, "panels")).as("panels of %s", file).isNotEmpty()
                        .allSatisfy(panel -> assertThat(YamlTree.list(panel, "targets")).isNotEmpty()
                                .allSatisfy(target -> assertThat((String) target.get("expr")).isNotBlank()));
            }
        }

        @Test
        void referToDatasourcesThatAreProvisioned() {
            Set<Object> provisioned = new HashSet<>();
            files.datasourceFiles().forEach(file -> YamlTree.list(MonitoringFiles.read(file), "datasources")
                    .forEach(ds -> provisioned.add(ds.get("uid"))));
            Set<Object> referenced = new HashSet<>();
            files.dashboards().forEach(file -> collectDatasourceUids(MonitoringFiles.read(file), referenced));

            assertThat(referenced).isNotEmpty();
            assertThat(provisioned).containsAll(referenced);
        }

        @SuppressWarnings("unchecked")
        private void collectDatasourceUids(Object node, Set<Object> uids) {
            if (node instanceof Map<?, ?> map) {
                if (map.get("datasource") instanceof Map<?, ?> ds && ds.get("uid") != null) {
                    uids.add(ds.get("uid"));
                }
                map.values().forEach(value -> collectDatasourceUids(value, uids));
            } else if (node instanceof List<?> list) {
                list.forEach(value -> collectDatasourceUids(value, uids));
            }
        }
    }

    @Nested
    class AlertRules {

        @Test
        void eachHasASeveritySummaryAndRunbook() {
            List<Map<String, Object>> alerts = alerts();
            assertThat(alerts).hasSizeGreaterThanOrEqualTo(7).allSatisfy(rule -> {
                assertThat(YamlTree.map(rule, "labels").get("severity")).as("severity of %s", rule.get("alert")).isNotNull();
                assertThat(YamlTree.map(rule, "annotations")).as("annotations of %s", rule.get("alert"))
                        .containsKeys("summary", "runbook");
            });
        }

        @Test
        void eachHasAPromtoolUnitTest() throws Exception {
            String tests = java.nio.file.Files.readString(files.root().resolve("prometheus/tests/dockcheck-alerts-test.yml"));
            assertThat(alerts()).allSatisfy(rule ->
                    assertThat(tests).as("a promtool test of %s", rule.get("alert")).contains("alertname: " + rule.get("alert")));
        }

        private List<Map<String, Object>> alerts() {
            return files.ruleFiles().stream().flatMap(file -> YamlTree.list(MonitoringFiles.read(file), "groups").stream())
                    .flatMap(group -> YamlTree.list(group, "rules").stream()).toList();
        }
    }
}
