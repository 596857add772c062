package dev.dockcheck.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code dockcheck-kafka-defaults.yml} as the property source of lowest precedence, so that
 * every service starts from the same serde, exactly-once and actuator settings and its own
 * {@code application.yml} holds only what differs. Also caps Avro's decoding allocations
 * ({@link AvroLimits}) before anything is decoded.
 */
class PipelineKafkaDefaults implements EnvironmentPostProcessor, Ordered {

    static final String RESOURCE = "dockcheck-kafka-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        AvroLimits.apply();
        try {
            new YamlPropertySourceLoader().load(RESOURCE, new ClassPathResource(RESOURCE))
                    .forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
