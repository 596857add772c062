package dev.dockcheck.poingest.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The service's metrics: {@code po_checks_total{check,outcome}}, the histogram
 * {@code po_check_duration_seconds{check}} and {@code po_intake_total{source,result}}.
 */
public class CheckMetrics {

    public static final String CHECK = "UOM_MAPPING";

    private final MeterRegistry meters;
    private final Timer duration;

    public CheckMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.duration = Timer.builder("po.check.duration").description("Time one check takes")
                .tag("check", CHECK).publishPercentileHistogram()
                // a check takes microseconds; the default 1 ms floor would put every one in the first bucket
                .minimumExpectedValue(Duration.ofNanos(10_000)).maximumExpectedValue(Duration.ofSeconds(5))
                .register(meters);
    }

    public void checked(String outcome, Duration took) {
        Counter.builder("po.checks").description("Checks completed, by outcome")
                .tag("check", CHECK).tag("outcome", outcome).register(meters).increment();
        duration.record(took);
    }

    /** source: kafka, rest-po, rest-asn or rest-catalog; result: what became of the document. */
    public void intake(String source, String result, int count) {
        Counter.builder("po.intake").description("Documents taken in, by source and result")
                .tag("source", source).tag("result", result).register(meters).increment(count);
    }
}
