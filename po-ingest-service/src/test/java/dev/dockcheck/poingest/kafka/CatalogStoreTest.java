package dev.dockcheck.poingest.kafka;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CatalogStoreTest {

    KafkaStreams streams;

    @AfterEach
    void close() {
        if (streams != null) {
            streams.close(Duration.ofSeconds(5));
        }
    }

    @Nested
    class AStreamsClientThatIsNotRunning {

        @Test
        void isUnavailableBeforeItStarts() throws Exception {
            streams = notStarted();

            assertThatThrownBy(() -> new CatalogStore(() -> streams).find("SKU-1"))
                    .isInstanceOf(CatalogStore.Unavailable.class).hasMessageContaining("CREATED");
        }

        @Test
        void isUnavailableOnceStoppedInsteadOfFailingTheRequest() throws Exception {
            streams = notStarted();
            streams.close(Duration.ofSeconds(5));

            assertThatThrownBy(() -> new CatalogStore(() -> streams).find("SKU-1"))
                    .isInstanceOf(CatalogStore.Unavailable.class).hasMessageContaining("NOT_RUNNING");
        }

        @Test
        void isUnavailableWhenThereIsNone() {
            assertThatThrownBy(() -> new CatalogStore(() -> null).find("SKU-1"))
                    .isInstanceOf(CatalogStore.Unavailable.class).hasMessageContaining("not started");
        }
    }

    private static KafkaStreams notStarted() throws Exception {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("catalog-store-test");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "catalog-store-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("catalog-store").toString());
        return new KafkaStreams(builder.build(), props);
    }
}
