package dev.dockcheck.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/**
 * A hostile producer: zstd-compressed, with a 16 MiB max.request.size, it gets a record of several
 * MiB onto a topic that accepts it, which the service's own 1 MiB producer could never write.
 */
public final class LargeRecords {

    public static final int SIXTEEN_MIB = 16 * 1024 * 1024;

    private LargeRecords() {
    }

    /** Letters at random: zstd gets them to about 60 %, still above the broker's default 1 MiB. */
    public static String randomLetters(int length) {
        char[] letters = new char[length];
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < length; i++) {
            letters[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(letters);
    }

    /**
     * Raises {@code topic}'s {@code max.message.bytes} to 16 MiB and waits until the broker reports
     * it: an altered config reaches the broker a little after the controller accepts it.
     */
    public static void acceptUpTo16MiB(String bootstrapServers, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        String value = Integer.toString(SIXTEEN_MIB);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, value), AlterConfigOp.OpType.SET)))).all().get();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!value.equals(admin.describeConfigs(List.of(resource)).all().get().get(resource)
                    .get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(topic + " does not take 16 MiB records after 10 s");
                }
                Thread.sleep(50);
            }
        }
    }

    public static void send(KafkaProperties kafka, String topic, String key, SpecificRecord value) throws Exception {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, SIXTEEN_MIB);
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 2L * SIXTEEN_MIB);
        try (var producer = new KafkaProducer<String, Object>(config)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }
}
