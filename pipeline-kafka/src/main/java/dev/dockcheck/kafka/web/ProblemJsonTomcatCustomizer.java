package dev.dockcheck.kafka.web;

import org.apache.catalina.Host;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

/** Makes Tomcat report its own refusals with {@link ProblemJsonErrorReportValve}. */
public class ProblemJsonTomcatCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            // the host creates its error report valve from this class name when it starts
            if (context.getParent() instanceof Host host && host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ProblemJsonErrorReportValve.class.getName());
            }
        });
    }
}
