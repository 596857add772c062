package dev.dockcheck.approval;

import dev.dockcheck.events.ApprovalDecided;
import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.CheckType;
import dev.dockcheck.events.Finding;
import dev.dockcheck.events.Money;
import dev.dockcheck.events.PurchaseOrderAccepted;
import dev.dockcheck.events.Severity;
import dev.dockcheck.registry.SchemaRegistrySupport;
import dev.dockcheck.schemas.Topics;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Test events for the approval's input topics, and a reader of what it published. */
final class PipelineEvents {

    private PipelineEvents() {
    }

    static PurchaseOrderAccepted purchaseOrder(String number, String vendor, String value, long units) {
        Instant date = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return PurchaseOrderAccepted.newBuilder().setPurchaseOrderNumber(number).setVendorCode(vendor)
                .setPurchaseOrderDate(date).setAcknowledgeBy(date.plus(Duration.ofHours(24))).setLines(List.of())
                .setTotalEaches(units).setTotalValue(new Money(new BigDecimal(value).setScale(4), "USD"))
                .setContentHash("hash-" + number).setAcceptedAt(date).build();
    }

    static CheckCompleted check(String po, CheckType type, String subject, CheckOutcome outcome, Finding... findings) {
        return CheckCompleted.newBuilder().setPoNumber(po).setCheckType(type).setSubjectId(subject).setOutcome(outcome)
                .setFindings(List.of(findings)).setCheckedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS)).build();
    }

    static Finding finding(String code, Severity severity) {
        return Finding.newBuilder().setCode(code).setSeverity(severity).setMessage(code).build();
    }

    /** Every decision published for {@code poNumber}, read (read_committed) for the whole of {@code period}. */
    static List<ApprovalDecided> published(String bootstrapServers, String poNumber, int atLeast, Duration period) {
        return published(bootstrapServers, poNumber::equals, atLeast, period);
    }

    /** Every decision published for the POs that {@code poNumbers} matches, read as above. */
    static List<ApprovalDecided> published(String bootstrapServers, Predicate<String> poNumbers, int atLeast,
            Duration period) {
        List<ApprovalDecided> found = new ArrayList<>();
        Instant deadline = Instant.now().plus(period);
        Instant quietUntil = null;
        try (var consumer = consumer(bootstrapServers)) {
            consumer.subscribe(List.of(Topics.APPROVAL_DECISIONS.name()));
            while (Instant.now().isBefore(quietUntil != null ? quietUntil : deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.key() != null && poNumbers.test(record.key())) {
                        found.add(record.value());
                    }
                });
                if (quietUntil == null && found.size() >= atLeast) {
                    // keep reading a little: a duplicate would show up now
                    quietUntil = Instant.now().plusSeconds(2);
                }
            }
        }
        return found;
    }

    private static KafkaConsumer<String, ApprovalDecided> consumer(String bootstrapServers) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                "apicurio.registry.url", SchemaRegistrySupport.registryUrl(),
                "apicurio.registry.headers.enabled", false,
                "apicurio.registry.as-confluent", true,
                "apicurio.registry.id-handler", "io.apicurio.registry.serde.Legacy4ByteIdHandler",
                "apicurio.registry.use-id", "contentId",
                "apicurio.registry.use-specific-avro-reader", true);
        AvroKafkaDeserializer<ApprovalDecided> values = new AvroKafkaDeserializer<>();
        values.configure(config, false);
        return new KafkaConsumer<>(config, new StringDeserializer(), values);
    }
}
