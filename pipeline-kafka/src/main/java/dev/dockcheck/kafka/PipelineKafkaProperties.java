package dev.dockcheck.kafka;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the pipeline's topics are created, and how long a listener retries a record before it
 * gives up on it and sends it to the dead-letter topic.
 */
@Validated
@ConfigurationProperties("dockcheck.kafka")
public record PipelineKafkaProperties(
        @DefaultValue("6") @Min(1) int partitions,
        @DefaultValue("1") @Min(1) short replicationFactor,
        @DefaultValue("2") @Min(0) int retries,
        @DefaultValue("500ms") Duration retryBackoff) {
}
