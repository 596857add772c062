package dev.dockcheck.localruntime;

import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends one topic's share of hostile input: {@code malformed} values of every {@link HostileRecords.Kind},
 * with the absurd and the valid records spread evenly among them, and remembers where each landed.
 * The producer compresses (zstd) and may send requests up to 16 MiB, so that a record with a
 * several-MB string fits the broker's default 1 MiB limit once compressed.
 */
final class HostileFeed implements AutoCloseable {

    /** What was sent to one topic; {@code malformed} holds "partition:offset" of each malformed value. */
    record Sent(String topic, Set<String> malformed, Map<HostileRecords.Kind, Integer> kinds, List<String> absurdKeys,
            List<String> validKeys) {
    }

    /** A well-formed record to send. */
    record Keyed(String key, SpecificRecord value) {
    }

    private final KafkaProducer<String, byte[]> producer;
    private final AvroKafkaSerializer<SpecificRecord> avro = new AvroKafkaSerializer<>();
    private final HostileRecords hostile;

    HostileFeed(String bootstrapServers, String registryUrl, long seed) {
        avro.configure(SampleFeed.serdeConfig(registryUrl), false);
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024,
                ProducerConfig.CLIENT_ID_CONFIG, "hostile-input-it",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
        hostile = new HostileRecords(seed);
    }

    /** Avro bytes in the pipeline's wire format (registers the schema on first use). */
    byte[] serialize(String topic, SpecificRecord value) {
        return avro.serialize(topic, value);
    }

    /**
     * Sends {@code malformed} bad values (made from {@code template}, a well-formed value of the
     * topic) with {@code absurd} and {@code valid} interleaved evenly, and waits for every ack.
     */
    Sent send(String topic, SpecificRecord template, int malformed, List<Keyed> absurd, List<Keyed> valid)
            throws Exception {
        byte[] wellFormed = serialize(topic, template);
        List<Keyed> good = new ArrayList<>(absurd);
        good.addAll(valid);
        java.util.Collections.shuffle(good, new java.util.Random(good.size()));
        int every = Math.max(1, malformed / Math.max(1, good.size()));
        List<Future<RecordMetadata>> bad = new ArrayList<>();
        Map<HostileRecords.Kind, Integer> kinds = new java.util.EnumMap<>(HostileRecords.Kind.class);
        int next = 0;
        for (int i = 0; i < malformed; i++) {
            if (i % every == 0 && next < good.size()) {
                sendValid(topic, good.get(next++));
            }
            HostileRecords.Kind kind = HostileRecords.kindOf(i);
            kinds.merge(kind, 1, Integer::sum);
            bad.add(producer.send(new ProducerRecord<>(topic, "hostile-" + i, hostile.malformed(kind, wellFormed))));
        }
        while (next < good.size()) {
            sendValid(topic, good.get(next++));
        }
        producer.flush();
        Set<String> where = new HashSet<>();
        for (Future<RecordMetadata> ack : bad) {
            RecordMetadata metadata = ack.get();
            where.add(metadata.partition() + ":" + metadata.offset());
        }
        return new Sent(topic, where, kinds, absurd.stream().map(Keyed::key).toList(), valid.stream().map(Keyed::key).toList());
    }

    private void sendValid(String topic, Keyed record) throws Exception {
        producer.send(new ProducerRecord<>(topic, record.key(), serialize(topic, record.value()))).get();
    }

    static <T> List<T> times(int n, IntFunction<T> make) {
        List<T> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(make.apply(i));
        }
        return list;
    }

    @Override
    public void close() {
        producer.close();
        avro.close();
    }
}
