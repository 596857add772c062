package dev.dockcheck.poingest.kafka;

import dev.dockcheck.kafka.DeadLetters;
import java.util.Properties;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.streams.RecoveringDeserializationExceptionHandler;

/**
 * Sends records the topology cannot deserialise to {@code <topic>-dlt} through {@link DeadLetters}.
 * pipeline-kafka's own configurer puts these settings into the copy that
 * {@code StreamsBuilderFactoryBean.getStreamsConfiguration()} returns, so they never take effect;
 * this one writes them back. Remove it once pipeline-kafka sets the configuration itself.
 */
public final class StreamsDeadLetters {

    private StreamsDeadLetters() {
    }

    public static StreamsBuilderFactoryBeanConfigurer configurer(DeadLetters deadLetters) {
        return factory -> {
            Properties config = factory.getStreamsConfiguration();
            config.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                    RecoveringDeserializationExceptionHandler.class);
            config.put(RecoveringDeserializationExceptionHandler.KSTREAM_DESERIALIZATION_RECOVERER,
                    (ConsumerRecordRecoverer) (record, exception) ->
                            deadLetters.accept(record, new SerializationException(exception)));
            factory.setStreamsConfiguration(config);
        };
    }
}
