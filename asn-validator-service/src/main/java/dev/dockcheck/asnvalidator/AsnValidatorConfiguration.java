package dev.dockcheck.asnvalidator;

import dev.dockcheck.asnvalidator.domain.AsnMatch;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Turns the service's properties into the ASN match's domain settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AsnMatchProperties.class)
class AsnValidatorConfiguration {

    @Bean
    AsnMatch asnMatch(AsnMatchProperties properties) {
        return new AsnMatch(properties.settings());
    }
}
