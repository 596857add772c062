package dev.dockcheck.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from the beginning as committed raw bytes, the way an outside consumer would, so
 * that tests can assert on the wire format and on exactly what was published.
 */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    /** Records polled but not yet returned: a later call sees them, whatever partition they came from. */
    private final Deque<ConsumerRecord<String, byte[]>> unread = new ArrayDeque<>();

    public TopicReader(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** Waits until at least {@code count} records have arrived, or the timeout passes, and returns all read. */
    public List<ConsumerRecord<String, byte[]>> read(int count, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(unread);
        unread.clear();
        Instant deadline = Instant.now().plus(timeout);
        while (records.size() < count && Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return records;
    }

    /**
     * Waits for the first record that matches, or fails after the timeout. Records read past on
     * the way stay for the next call.
     */
    public ConsumerRecord<String, byte[]> readUntil(Predicate<ConsumerRecord<String, byte[]>> match, Duration timeout) {
        for (Iterator<ConsumerRecord<String, byte[]>> it = unread.iterator(); it.hasNext(); ) {
            ConsumerRecord<String, byte[]> record = it.next();
            if (match.test(record)) {
                it.remove();
                return record;
            }
        }
        List<ConsumerRecord<String, byte[]>> readPast = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        try {
            while (Instant.now().isBefore(deadline)) {
                Iterator<ConsumerRecord<String, byte[]>> polled = consumer.poll(Duration.ofMillis(200)).iterator();
                while (polled.hasNext()) {
                    ConsumerRecord<String, byte[]> record = polled.next();
                    if (match.test(record)) { // each record is tested once: a predicate may count what it sees
                        polled.forEachRemaining(readPast::add);
                        return record;
                    }
                    readPast.add(record);
                }
            }
        } finally {
            unread.addAll(readPast);
        }
        throw new AssertionError("no matching record within " + timeout);
    }

    /** Reads for the whole of {@code quietPeriod}, to show that nothing more arrives. */
    public List<ConsumerRecord<String, byte[]>> readFor(Duration quietPeriod) {
        return read(Integer.MAX_VALUE, quietPeriod);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
