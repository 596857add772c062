package dev.dockcheck.localruntime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RepoRoot, LogTail, Ports and ServiceSpec. */
class SmallPartsTest {

    @TempDir
    Path dir;

    @Test
    void repoRootIsTheNearestDirectoryWithMvnw() throws IOException {
        Files.createFile(dir.resolve("mvnw"));
        Path deep = Files.createDirectories(dir.resolve("a/b/c"));
        assertThat(RepoRoot.find(deep)).contains(dir.toAbsolutePath().normalize());
        assertThat(RepoRoot.find(Files.createDirectories(dir.resolve("x").resolve("mvnw-not-here").getParent())))
                .contains(dir.toAbsolutePath().normalize());
    }

    @Test
    void logTailKeepsTheLastLines() throws IOException {
        Path log = dir.resolve("service.log");
        Files.writeString(log, IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).collect(Collectors.joining("\n")));
        assertThat(LogTail.of(log, 3).lines()).containsExactly("line 98", "line 99", "line 100");
        assertThat(LogTail.of(dir.resolve("missing.log"), 3)).contains("no log at");
    }

    @Test
    void takenPortsAreNamed() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertThat(Ports.isFree(port)).isFalse();
            assertThatThrownBy(() -> Ports.requireFree(Map.of("--kafka-port", port, "--registry-port", Ports.free())))
                    .hasMessageContaining(port + " (--kafka-port)").hasMessageNotContaining("--registry-port");
        }
    }

    @Test
    void stagedJarIsACopyThatSurvivesTheOriginalAndIsRefreshedWhenItChanges() throws IOException {
        Path jar = Files.writeString(dir.resolve("service-exec.jar"), "version 1");
        Path staged = JarStage.stage(jar, dir.resolve("jars"));
        assertThat(staged).isEqualTo(dir.resolve("jars/service-exec.jar")).hasContent("version 1");
        assertThat(JarStage.stage(jar, dir.resolve("jars"))).isEqualTo(staged);
        Files.writeString(jar, "version 22");
        assertThat(JarStage.stage(jar, dir.resolve("jars"))).hasContent("version 22");
        Files.delete(jar);
        assertThat(staged).hasContent("version 22");
    }

    @Test
    void serviceJarIsTheExecJar() {
        assertThat(ServiceSpec.APPROVAL.jar(dir)).isEqualTo(dir.resolve("approval-service/target/approval-service-exec.jar"));
    }

    @Test
    void onlyTheApprovalServiceGetsADatabase() {
        ServiceSpec.Wiring wiring = new ServiceSpec.Wiring("127.0.0.1:19092", "http://127.0.0.1:18090/apis/registry/v2",
                "jdbc:postgresql://127.0.0.1:15433/postgres", "postgres", "postgres", dir, dir.resolve("credentials"));
        assertThat(ServiceSpec.APPROVAL.arguments(wiring)).contains(
                "--spring.kafka.bootstrap-servers=127.0.0.1:19092",
                "--spring.kafka.properties.apicurio.registry.url=http://127.0.0.1:18090/apis/registry/v2",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:15433/postgres",
                "--dockcheck.approval.security.credentials-file=" + dir.resolve("credentials").toAbsolutePath());
        assertThat(ServiceSpec.PO_INGEST.arguments(wiring)).noneMatch(arg -> arg.startsWith("--spring.datasource"))
                .contains("--spring.kafka.streams.state-dir=" + dir.resolve("po-ingest-service").toAbsolutePath());
    }
}
