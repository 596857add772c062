package dev.dockcheck.approval;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** The sweep that decides overdue stages. (The outbox relay runs on a thread of its own: {@code RelayLoop}.) */
@Component
class Schedules implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(Schedules.class);
    private static final int SWEEP_BATCH = 500;

    private final ApprovalWorkflow workflow;
    private final ApprovalProperties approval;

    Schedules(ApprovalWorkflow workflow, ApprovalProperties approval) {
        this.workflow = workflow;
        this.approval = approval;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::sweep, approval.sweepInterval());
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
