package dev.dockcheck.kafka.web;

import org.apache.catalina.startup.Tomcat;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.context.annotation.Bean;

/** For a service on Tomcat: what Tomcat refuses itself is answered as problem+json too. */
@AutoConfiguration
@ConditionalOnClass({Tomcat.class, TomcatServletWebServerFactory.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ProblemJsonTomcatAutoConfiguration {

    @Bean
    ProblemJsonTomcatCustomizer problemJsonTomcatCustomizer() {
        return new ProblemJsonTomcatCustomizer();
    }
}
