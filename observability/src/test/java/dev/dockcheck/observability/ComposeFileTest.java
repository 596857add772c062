package dev.dockcheck.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks of docker-compose.yml that {@code docker-compose config -q} does not make: it does not
 * notice a {@code service_healthy} dependency on a service without a healthcheck.
 */
class ComposeFileTest {

    Map<String, Object> services = YamlTree.map(
            MonitoringFiles.read(MonitoringFiles.inRepo().root().getParent().resolve("docker-compose.yml")), "services");

    @Test
    void everyServiceHasAHealthcheck() {
        assertThat(services).isNotEmpty().allSatisfy((name, service) ->
                assertThat(YamlTree.map(asMap(service), "healthcheck")).as("healthcheck of %s", name).containsKey("test"));
    }

    @Test
    void everyServiceHealthyDependencyTargetsAServiceWithAHealthcheck() {
        services.forEach((name, service) -> YamlTree.map(asMap(service), "depends_on").forEach((target, condition) -> {
            assertThat(services).as("%s depends on %s", name, target).containsKey(target);
            if ("service_healthy".equals(asMap(condition).get("condition"))) {
                assertThat(YamlTree.map(asMap(services.get(target)), "healthcheck"))
                        .as("%s waits for %s to be healthy, so it needs a healthcheck", name, target).containsKey("test");
            }
        }));
    }

    @Test
    void theFourServicesAreBuiltFromTheRepo() {
        for (String service : new String[] {"po-ingest-service", "asn-validator-service", "label-checker-service", "approval-service"}) {
            Map<String, Object> build = YamlTree.map(asMap(services.get(service)), "build");
            assertThat(build.get("context")).isEqualTo(".");
            assertThat(YamlTree.map(build, "args").get("SERVICE")).isEqualTo(service);
        }
        assertThat(Path.of(MonitoringFiles.inRepo().root().getParent().resolve("Dockerfile").toString())).exists();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object node) {
        return node instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
