package dev.dockcheck.asnvalidator.kafka;

import dev.dockcheck.asnvalidator.domain.Outcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.processor.TaskId;
import org.springframework.stereotype.Component;

/**
 * {@code po_checks_total{check="ASN_MATCH",outcome}} counts the results this service publishes;
 * {@code po_asn_waiting_for_po} is how many ASN/PO pairs wait for their PO on this instance (the
 * sum over its stream tasks). The ASNs it cannot check are counted by pipeline-kafka's Streams
 * handler in the shared {@code po_dead_letters_total{topic,reason}}.
 */
@Component
public class AsnMatchMetrics {

    static final String CHECKS = "po.checks";
    static final String WAITING = "po.asn.waiting.for.po";

    private final MeterRegistry meters;
    private final Map<TaskId, Long> waitingByTask = new ConcurrentHashMap<>();

    public AsnMatchMetrics(MeterRegistry meters) {
        this.meters = meters;
        Gauge.builder(WAITING, waitingByTask, m -> m.values().stream().mapToLong(Long::longValue).sum())
                .description("ASNs waiting for their PO").register(meters);
    }

    void checked(Outcome outcome) {
        Counter.builder(CHECKS).description("Checks completed").tag("check", "ASN_MATCH")
                .tag("outcome", outcome.name()).register(meters).increment();
    }

    void waiting(TaskId task, long count) {
        waitingByTask.put(task, count);
    }

    void waitingChanged(TaskId task, long delta) {
        waitingByTask.merge(task, delta, Long::sum);
    }

    void taskClosed(TaskId task) {
        waitingByTask.remove(task);
    }
}
