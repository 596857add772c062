package dev.dockcheck.approval;

import dev.dockcheck.approval.kafka.OutboxRelay;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** The two background jobs: the sweep that decides overdue stages, and the outbox relay. */
@Component
class Schedules implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(Schedules.class);
    private static final int SWEEP_BATCH = 500;

    private final ApprovalWorkflow workflow;
    private final ApprovalProperties approval;
    private final RelayProperties relayProperties;
    private final Optional<OutboxRelay> relay;

    Schedules(ApprovalWorkflow workflow, ApprovalProperties approval, RelayProperties relayProperties,
            ObjectProvider<OutboxRelay> relay) {
        this.workflow = workflow;
        this.approval = approval;
        this.relayProperties = relayProperties;
        this.relay = Optional.ofNullable(relay.getIfAvailable());
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::sweep, approval.sweepInterval());
        relay.ifPresent(outbox -> registrar.addFixedDelayTask(outbox::relayPending, relayProperties.interval()));
    }

    private void sweep() {
        try {
            for (int decided = workflow.sweep(SWEEP_BATCH); decided == SWEEP_BATCH; decided = workflow.sweep(SWEEP_BATCH)) {
                log.debug("sweep continues");
            }
        } catch (RuntimeException e) {
            log.warn("Sweep of overdue stages failed, it runs again: {}", e.toString());
        }
    }
}
