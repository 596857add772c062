package dev.dockcheck.localruntime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    @TempDir
    Path dir;

    @Test
    void clusterIdIsMadeOnceAndReused() throws IOException {
        String first = KafkaBroker.clusterId(dir);
        assertThat(first).hasSize(22);
        assertThat(Files.readString(dir.resolve("cluster.id")).trim()).isEqualTo(first);
        assertThat(KafkaBroker.clusterId(dir)).isEqualTo(first);
    }

    @Test
    void singleNodeSettings() {
        Properties props = KafkaBroker.properties(19092, 19093, dir);
        assertThat(props.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(props.getProperty("listeners"))
                .isEqualTo("PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
        assertThat(props.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:19093");
        assertThat(props.getProperty("log.dirs")).isEqualTo(dir.toString());
        assertThat(props.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
        assertThat(props.getProperty("transaction.state.log.replication.factor")).isEqualTo("1");
        assertThat(props.getProperty("transaction.state.log.min.isr")).isEqualTo("1");
        assertThat(props.getProperty("share.coordinator.state.topic.replication.factor")).isEqualTo("1");
    }
}
