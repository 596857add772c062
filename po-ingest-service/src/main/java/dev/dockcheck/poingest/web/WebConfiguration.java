package dev.dockcheck.poingest.web;

import dev.dockcheck.poingest.PoIngestProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.ObjectMapper;

/** The REST intake's body reader, bounded by {@code dockcheck.po-ingest.max-body-size}. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    RequestBodies requestBodies(ObjectMapper json, PoIngestProperties properties) {
        return new RequestBodies(json, properties.maxBodySize().toBytes());
    }
}
