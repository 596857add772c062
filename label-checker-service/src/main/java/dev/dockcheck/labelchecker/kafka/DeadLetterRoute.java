package dev.dockcheck.labelchecker.kafka;

import dev.dockcheck.kafka.DeadLetters;
import dev.dockcheck.schemas.Topics.Topic;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Sends an input record that this service can never check to {@code <topic>-dlt}, in the same
 * exactly-once transaction, the way the shared {@link DeadLetters} does for listeners: key and
 * value as they came, {@value DeadLetters#REASON_HEADER} {@code unprocessable}, the problem and
 * the original topic, partition and offset in Spring's {@code kafka_dlt-*} headers, and a count in
 * {@code po_dead_letters_total{topic,reason="unprocessable"}}.
 */
final class DeadLetterRoute<V> implements FixedKeyProcessor<String, V, V> {

    static final String REASON = "unprocessable";

    private final String sourceTopic;
    private final Function<V, String> problem;
    private final SsccMetrics metrics;
    private FixedKeyProcessorContext<String, V> context;

    private DeadLetterRoute(String sourceTopic, Function<V, String> problem, SsccMetrics metrics) {
        this.sourceTopic = sourceTopic;
        this.problem = problem;
        this.metrics = metrics;
    }

    /**
     * Dead-letters the records of {@code input} for which {@code problem} names a problem, and
     * returns the others.
     */
    static <V> KStream<String, V> divert(KStream<String, V> input, Topic<?> topic, Serde<V> serde,
            Function<V, String> problem, SsccMetrics metrics) {
        String prefix = topic.name() + "-";
        Map<String, KStream<String, V>> branches = input.split(Named.as(prefix))
                .branch((key, value) -> problem.apply(value) != null, Branched.as(REASON))
                .defaultBranch(Branched.as("checked"));
        branches.get(prefix + REASON)
                .processValues(() -> new DeadLetterRoute<>(topic.name(), problem, metrics))
                .to(topic.deadLetterTopic(), Produced.with(Serdes.String(), serde));
        return branches.get(prefix + "checked");
    }

    @Override
    public void init(FixedKeyProcessorContext<String, V> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        var headers = record.headers();
        headers.add(DeadLetters.REASON_HEADER, utf8(REASON));
        headers.add("kafka_dlt-exception-message", utf8(problem.apply(record.value())));
        headers.add("kafka_dlt-original-topic", utf8(sourceTopic));
        context.recordMetadata().ifPresent(m -> {
            headers.add("kafka_dlt-original-partition", ByteBuffer.allocate(Integer.BYTES).putInt(m.partition()).array());
            headers.add("kafka_dlt-original-offset", ByteBuffer.allocate(Long.BYTES).putLong(m.offset()).array());
        });
        metrics.deadLettered(sourceTopic, REASON);
        context.forward(record);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
