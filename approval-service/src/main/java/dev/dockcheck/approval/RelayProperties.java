package dev.dockcheck.approval;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The outbox relay: how often it looks for unpublished decisions when nothing woke it (it is
 * woken right after each commit that wrote decisions, so this is only the fallback), how many it publishes per
 * Kafka transaction, and its transactional id, which is the same for every instance so that a
 * new leader fences a crashed one and settles its open transaction before it looks at the topic.
 */
@Validated
@ConfigurationProperties("dockcheck.approval.relay")
public record RelayProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1s") @NotNull Duration interval,
        @DefaultValue("100") @Min(1) int batchSize,
        @DefaultValue("approval-service-outbox-relay") @NotBlank String transactionalId,
        @DefaultValue("30s") @NotNull Duration recoveryTimeout) {
}
