package dev.dockcheck.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.errors.ProcessorStateException;
import org.apache.kafka.streams.errors.StreamsException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StreamsDeadLettersTest {

    @Nested
    class APoisonPill {

        @Test
        void isAnExceptionOfTheProcessorsOwnCode() {
            assertThat(StreamsDeadLetters.causedByTheRecord(new ArithmeticException("overflow"))).isTrue();
            assertThat(StreamsDeadLetters.causedByTheRecord(new IllegalArgumentException("bad"))).isTrue();
        }

        @Test
        void isASerialisationFailureEvenWrappedByKafkaStreams() {
            assertThat(StreamsDeadLetters.causedByTheRecord(new OversizedRecordException("t", 2, 1))).isTrue();
            assertThat(StreamsDeadLetters.causedByTheRecord(
                    new SerializationException("Cannot encode decimal with precision 28 as max precision 19"))).isTrue();
        }
    }

    @Nested
    class AFailureOfKafkaItself {

        @Test
        void failsTheTask() {
            assertThat(StreamsDeadLetters.causedByTheRecord(new ProducerFencedException("fenced"))).isFalse();
            assertThat(StreamsDeadLetters.causedByTheRecord(new ProcessorStateException("disk"))).isFalse();
            assertThat(StreamsDeadLetters.causedByTheRecord(new StreamsException(new TimeoutException("broker")))).isFalse();
            assertThat(StreamsDeadLetters.causedByTheRecord(new RecordTooLargeException("send"))).isFalse();
        }

        @Test
        void includesAMissingConfiguration() {
            assertThatThrownBy(() -> StreamsDeadLetters.from(Map.of())).hasMessageContaining(StreamsDeadLetters.CONFIG);
        }
    }

    @Nested
    class TheSizeLimit {

        final RecordSizeLimit limit = RecordSizeLimit.of(Map.of("producer.max.request.size", 16 * 1024 + 100));

        @Test
        void followsTheProducersMaxRequestSize() {
            assertThat(RecordSizeLimit.of(Map.of()).bytes()).isEqualTo(1024 * 1024 - RecordSizeLimit.KEY_AND_BATCH_ROOM);
            assertThat(limit.bytes()).isEqualTo(100);
        }

        @Test
        void refusesAValueWhoseBytesAndHeadersExceedIt() {
            var guarded = limit.guard(new StringSerializer());
            var headers = new RecordHeaders().add("h", new byte[50]);

            assertThat(guarded.serialize("out", "x".repeat(100))).hasSize(100);
            assertThatThrownBy(() -> guarded.serialize("out", headers, "x".repeat(60)))
                    .isInstanceOf(OversizedRecordException.class).hasMessageContaining("111 bytes for out");
        }
    }

    @Nested
    class TheDeadLetterTopic {

        @Test
        void isTheTopicsOwnForAPipelineTopicAndTheServicesForARepartitionTopic() {
            assertThat(DeadLetters.deadLetterTopicOf("shipment-confirmations", "svc-dlt"))
                    .isEqualTo("shipment-confirmations-dlt");
            assertThat(DeadLetters.deadLetterTopicOf("svc-asn-by-po-repartition", "svc-dlt")).isEqualTo("svc-dlt");
        }
    }
}
