package dev.dockcheck.labelchecker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.kafka.annotation.EnableKafkaStreams;

@SpringBootApplication
@EnableKafkaStreams
public class LabelCheckerApplication {

    public static void main(String[] args) {
        SpringApplication.run(LabelCheckerApplication.class, args);
    }
}
