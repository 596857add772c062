package dev.dockcheck.poingest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PoIngestApplication {

    public static void main(String[] args) {
        SpringApplication.run(PoIngestApplication.class, args);
    }
}
