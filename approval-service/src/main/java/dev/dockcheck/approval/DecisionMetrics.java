package dev.dockcheck.approval;

import dev.dockcheck.approval.domain.Stage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Counts decisions in {@code po_decisions_total{stage,outcome}}, once their transaction has committed. */
@Component
class DecisionMetrics {

    static final String DECISIONS = "po.decisions";

    private final MeterRegistry meters;

    DecisionMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void decided(Stage stage, String outcome) {
        Counter counter = Counter.builder(DECISIONS).description("Decisions taken, automatic and by approvers")
                .tag("stage", stage.name()).tag("outcome", outcome).register(meters);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // a rolled-back decision was never taken
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        } else {
            counter.increment();
        }
    }
}
