package dev.dockcheck.localruntime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockcheck.events.CheckCompleted;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Reads a topic's dead letters after a hostile run and checks that they are what was sent, with their reason. */
final class DeadLetterAudit {

    private final TopicProbe probe;
    private final LocalStack stack;
    private final Map<String, String> summary;

    /** @param summary receives one line per topic checked */
    DeadLetterAudit(TopicProbe probe, LocalStack stack, Map<String, String> summary) {
        this.probe = probe;
        this.stack = stack;
        this.summary = summary;
    }

    /**
     * Every malformed value of {@code topic} is in {@code <topic>-dlt} once per consumer (or more:
     * dead letters are written outside the consumer's transaction, so a retried batch may write one
     * again), each with {@code dlt-reason=deserialization}; the consumers' {@code po_dead_letters_total}
     * count at least as many; no valid record is there.
     */
    void check(HostileFeed.Sent topic, Map<String, Integer> processed) throws Exception {
        Map<String, Integer> perOriginal = new HashMap<>();
        Map<String, Integer> reasons = new HashMap<>();
        Set<String> absurdRefused = new HashSet<>();
        List<String> unexpected = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : probe.readAll(topic.topic() + "-dlt")) {
            String original = header(record, "kafka_dlt-original-partition", true) + ":"
                    + header(record, "kafka_dlt-original-offset", true);
            String reason = header(record, "dlt-reason", false);
            reasons.merge(reason, 1, Integer::sum);
            if (topic.malformed().contains(original)) {
                perOriginal.merge(original, 1, Integer::sum);
                if (!"deserialization".equals(reason)) {
                    unexpected.add(original + " reason " + reason);
                }
            } else if (!derivedFromAbsurd(record) || "(none)".equals(reason)) {
                // absurd records (keys HA-…) and what the services made of them may be refused, with a reason
                unexpected.add("not a malformed or absurd record: key " + KafkaRest.abbreviate(record.key()) + " reason " + reason);
            } else {
                absurdRefused.add(record.key());
            }
        }
        int consumers = HostileInputIT.CONSUMERS.get(topic.topic()).size();
        double metric = 0;
        for (ServiceSpec spec : HostileInputIT.CONSUMERS.get(topic.topic())) {
            metric += probe.metric(stack.service(spec).prometheusUrl(), "po_dead_letters_total", Map.of("topic", topic.topic()));
        }
        int total = perOriginal.values().stream().mapToInt(Integer::intValue).sum();
        summary.put(topic.topic(), String.format("sent %d malformed %s + %d absurd + %d valid; DLT %d of the malformed"
                        + " (%d distinct), %d absurd refused (reasons %s); metric %.0f; valid processed %d of %d",
                topic.malformed().size(), topic.kinds(), topic.absurdKeys().size(), topic.validKeys().size(), total,
                perOriginal.size(), absurdRefused.size(), reasons, metric, processed.getOrDefault(topic.topic(), 0),
                topic.validKeys().size()));
        assertThat(topic.malformed()).as("malformed values of %s sent", topic.topic()).hasSizeGreaterThanOrEqualTo(HostileInputIT.MALFORMED_PER_TOPIC);
        assertThat(perOriginal.keySet()).as("malformed values of %s in its DLT", topic.topic())
                .containsExactlyInAnyOrderElementsOf(topic.malformed());
        assertThat(perOriginal.values()).as("dead letters per malformed value of %s (%d consumers)", topic.topic(), consumers)
                .allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(consumers));
        assertThat(unexpected).as("unexpected dead letters of %s", topic.topic()).isEmpty();
        assertThat(metric).as("po_dead_letters_total{topic=%s}", topic.topic())
                .isGreaterThanOrEqualTo((double) topic.malformed().size() * consumers);
    }

    /** Keyed by an absurd record (HA-…), or a check result about an absurd shipment (for a valid PO). */
    private boolean derivedFromAbsurd(ConsumerRecord<String, byte[]> record) {
        if (record.key() != null && record.key().startsWith("HA-")) {
            return true;
        }
        try {
            return probe.decode(record) instanceof CheckCompleted result && result.getSubjectId().startsWith("HA-");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name, boolean number) {
        Header header = record.headers().lastHeader(name);
        if (header == null) {
            return "(none)";
        }
        byte[] value = header.value();
        if (number && value.length == 4) {
            return Integer.toString(java.nio.ByteBuffer.wrap(value).getInt());
        }
        if (number && value.length == 8) {
            return Long.toString(java.nio.ByteBuffer.wrap(value).getLong());
        }
        return new String(value, StandardCharsets.UTF_8);
    }
}
