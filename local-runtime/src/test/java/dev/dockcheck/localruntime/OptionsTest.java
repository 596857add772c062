package dev.dockcheck.localruntime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

    private static final Path ROOT = Path.of("repo").toAbsolutePath();

    @Test
    void defaultsAreTheDocumentedPorts() {
        Options options = Options.parse(List.of(), ROOT);
        assertThat(options.dataDir()).isEqualTo(ROOT.resolve(".local"));
        assertThat(options.port("kafka")).isEqualTo(9092);
        assertThat(options.port("controller")).isEqualTo(9093);
        assertThat(options.port("registry")).isEqualTo(8090);
        assertThat(options.port("postgres")).isEqualTo(5433);
        assertThat(options.port("po-ingest")).isEqualTo(8081);
        assertThat(options.port("asn-validator")).isEqualTo(8082);
        assertThat(options.port("label-checker")).isEqualTo(8083);
        assertThat(options.port("approval")).isEqualTo(8084);
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(options.feed()).isFalse();
        assertThat(options.help()).isFalse();
        assertThat(options.serviceJvm()).containsExactly("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    }

    @Test
    void theServicesJvmOptionsCanBeReplaced() {
        assertThat(Options.parse(List.of("--service-jvm", "-Xmx512m  -XX:+UseSerialGC"), ROOT).serviceJvm())
                .containsExactly("-Xmx512m", "-XX:+UseSerialGC");
        assertThat(Options.parse(List.of("--service-jvm=-Xmx1g"), ROOT).serviceJvm()).containsExactly("-Xmx1g");
        assertThatThrownBy(() -> Options.parse(List.of("--service-jvm=Xmx1g"), ROOT))
                .hasMessageContaining("--service-jvm takes JVM options");
        assertThatThrownBy(() -> Options.parse(List.of("--service-jvm= "), ROOT))
                .hasMessageContaining("--service-jvm takes JVM options");
    }

    @Test
    void takesValuesAfterASpaceOrAnEqualsSign() {
        Options options = Options.parse(List.of("--feed", "--kafka-port", "19092", "--approval-port=18084",
                "--data-dir", "target/it", "--timeout=30"), ROOT);
        assertThat(options.feed()).isTrue();
        assertThat(options.port("kafka")).isEqualTo(19092);
        assertThat(options.port("approval")).isEqualTo(18084);
        assertThat(options.port("registry")).isEqualTo(8090);
        assertThat(options.dataDir()).isEqualTo(ROOT.resolve("target/it"));
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void anAbsoluteDataDirStaysAsItIs() {
        Path elsewhere = Path.of("elsewhere").toAbsolutePath();
        assertThat(Options.parse(List.of("--data-dir=" + elsewhere), ROOT).dataDir()).isEqualTo(elsewhere);
    }

    @Test
    void helpIsRecognised() {
        assertThat(Options.parse(List.of("--help"), ROOT).help()).isTrue();
        assertThat(Options.parse(List.of("-h"), ROOT).help()).isTrue();
        assertThat(Options.usage()).contains("--feed", "--data-dir", "--kafka-port", "--po-ingest-port", "--timeout");
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThatThrownBy(() -> Options.parse(List.of("--fed"), ROOT)).hasMessageContaining("Unknown option --fed");
        assertThatThrownBy(() -> Options.parse(List.of("--zookeeper-port", "2181"), ROOT))
                .hasMessageContaining("Unknown option");
        assertThatThrownBy(() -> Options.parse(List.of("--kafka-port"), ROOT)).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> Options.parse(List.of("--kafka-port", "--feed"), ROOT))
                .hasMessageContaining("needs a value");
        assertThatThrownBy(() -> Options.parse(List.of("--kafka-port=abc"), ROOT)).hasMessageContaining("1 to 65535");
        assertThatThrownBy(() -> Options.parse(List.of("--kafka-port=70000"), ROOT)).hasMessageContaining("1 to 65535");
        assertThatThrownBy(() -> Options.parse(List.of("--timeout=0"), ROOT)).hasMessageContaining("--timeout");
    }

    @Test
    void refusesOnePortForTwoThings() {
        assertThatThrownBy(() -> Options.parse(List.of("--registry-port=8081"), ROOT))
                .hasMessageContaining("8081").hasMessageContaining("registry").hasMessageContaining("po-ingest");
    }
}
