package dev.dockcheck.asnvalidator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.context.annotation.Configuration;

class AsnMatchPropertiesTest {

    @Configuration
    @EnableConfigurationProperties(AsnMatchProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Properties.class);

    @Test
    void waitsFifteenMinutesForAPoAndToleratesTenPercentShortByDefault() {
        context.run(c -> {
            AsnMatchProperties properties = c.getBean(AsnMatchProperties.class);
            assertThat(properties.poWaitTimeout()).isEqualTo(Duration.ofMinutes(15));
            assertThat(properties.settings().shortageTolerancePercent()).isEqualByComparingTo(BigDecimal.TEN);
            assertThat(properties.settings().identifierReuseWindow()).isEqualTo(Duration.ofDays(365));
        });
    }

    @Test
    void rejectsAToleranceAboveOneHundredPercent() {
        context.withPropertyValues("dockcheck.asn-match.shortage-tolerance-percent=150")
                .run(c -> assertThat(c).hasFailed());
    }
}
