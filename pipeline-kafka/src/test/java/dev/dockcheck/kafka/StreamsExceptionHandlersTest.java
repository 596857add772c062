package dev.dockcheck.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockcheck.schemas.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;

/**
 * The two handlers in a real Kafka Streams task (TopologyTestDriver), configured as the
 * auto-configuration does; the dead letters are captured by Kafka's MockProducer.
 */
class StreamsExceptionHandlersTest {

    static final String IN = Topics.PURCHASE_ORDERS_INBOUND.name();
    static final String OUT = Topics.CHECK_RESULTS.name();

    final MockProducer<Object, Object> dlt = new MockProducer<>(true, null, StreamsExceptionHandlersTest::raw,
            StreamsExceptionHandlersTest::raw);
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    TopologyTestDriver driver;
    TestInputTopic<String, String> input;
    TestOutputTopic<String, String> output;

    @BeforeEach
    void start() throws Exception {
        StreamsBuilder builder = new StreamsBuilder();
        RecordSizeLimit limit = new RecordSizeLimit(100);
        builder.stream(IN, Consumed.with(Serdes.String(), Serdes.String()))
                .mapValues(value -> value.equals("divide by zero") ? String.valueOf(1 / (value.length() - 14)) : value)
                .to(OUT, Produced.with(Serdes.String(), Serdes.serdeFrom(limit.guard(new StringSerializer()),
                        Serdes.String().deserializer())));
        var template = new KafkaTemplate<Object, Object>(new MockProducerFactory<>(() -> dlt));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "handlers-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("handlers").toString());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingExceptionHandler.class);
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionExceptionHandler.class);
        props.put(StreamsDeadLetters.CONFIG, new StreamsDeadLetters(new DeadLetters(template, meters, "svc-dlt")));
        driver = new TopologyTestDriver(builder.build(), props);
        input = driver.createInputTopic(IN, new StringSerializer(), new StringSerializer());
        output = driver.createOutputTopic(OUT, Serdes.String().deserializer(), Serdes.String().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Nested
    class ARecordAProcessorThrowsOn {

        @Test
        void goesToTheDeadLetterTopicAsReadAndTheNextRecordIsProcessed() {
            input.pipeInput("PO-1", "divide by zero");
            input.pipeInput("PO-2", "fine");

            assertThat(output.readKeyValuesToMap()).containsExactly(Map.entry("PO-2", "fine"));
            ProducerRecord<Object, Object> deadLetter = dlt.history().get(0);
            assertThat(dlt.history()).hasSize(1);
            assertThat(deadLetter.topic()).isEqualTo(IN + "-dlt");
            assertThat(deadLetter.value()).isEqualTo("divide by zero".getBytes(StandardCharsets.UTF_8));
            assertThat(header(deadLetter, DeadLetters.REASON_HEADER)).isEqualTo("unprocessable");
            assertThat(header(deadLetter, "kafka_dlt-exception-message")).contains("ArithmeticException", "/ by zero");
            assertThat(meters.find(DeadLetters.METRIC).tag("topic", IN).tag("reason", "unprocessable").counter().count())
                    .isEqualTo(1.0);
        }
    }

    @Nested
    class ADeadLetterThatCannotBeSent {

        @Test
        void failsTheTaskRatherThanLoseTheRecord() {
            dlt.sendException = new org.apache.kafka.common.errors.TimeoutException("broker away");

            assertThatThrownBy(() -> input.pipeInput("PO-5", "divide by zero")).isInstanceOf(StreamsException.class);
            assertThatThrownBy(() -> input.pipeInput("PO-6", "y".repeat(101))).isInstanceOf(StreamsException.class);
        }
    }

    @Nested
    class ARecordWhoseOutputIsTooLarge {

        @Test
        void goesToTheDeadLetterTopicInsteadAndTheNextRecordIsWritten() {
            input.pipeInput("PO-3", "x".repeat(101));
            input.pipeInput("PO-4", "fine");

            assertThat(output.readKeyValuesToMap()).containsExactly(Map.entry("PO-4", "fine"));
            assertThat(dlt.history()).singleElement().satisfies(deadLetter -> {
                assertThat(deadLetter.key()).isEqualTo("PO-3".getBytes(StandardCharsets.UTF_8));
                assertThat(header(deadLetter, DeadLetters.REASON_HEADER)).isEqualTo("unprocessable");
                assertThat(header(deadLetter, "kafka_dlt-exception-message")).contains("OversizedRecordException");
            });
        }
    }

    private static byte[] raw(String topic, Object bytes) {
        return (byte[]) bytes;
    }

    private static String header(ProducerRecord<Object, Object> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
