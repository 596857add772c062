package dev.dockcheck.asnvalidator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.kafka.annotation.EnableKafkaStreams;

@SpringBootApplication
@EnableKafkaStreams
public class AsnValidatorApplication {

    public static void main(String[] args) {
        SpringApplication.run(AsnValidatorApplication.class, args);
    }
}
