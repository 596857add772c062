package dev.dockcheck.kafka;

import dev.dockcheck.registry.SchemaRegistryExtension;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * An integration test of a service on real parts: a KRaft broker from {@code @EmbeddedKafka}, the
 * Apicurio registry runner (one per test JVM), and a fresh Kafka Streams state directory.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SchemaRegistryExtension.class)
@SpringBootTest(properties = {
        "spring.kafka.properties.apicurio.registry.url=${dockcheck.registry.url}",
        "spring.kafka.streams.state-dir=target/kstreams-it/${random.uuid}",
        "dockcheck.kafka.partitions=3",
        "dockcheck.kafka.retry-backoff=100ms"})
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        brokerProperties = {"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1",
                "offsets.topic.replication.factor=1", "auto.create.topics.enable=false"})
public @interface PipelineIntegrationTest {
}
