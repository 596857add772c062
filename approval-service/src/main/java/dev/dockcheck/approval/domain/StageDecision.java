package dev.dockcheck.approval.domain;

import java.util.List;

/**
 * The automatic decision on a stage: approved when there is no reason to hold it, otherwise held
 * with every reason, for {@code requiredApprovals} different approvers.
 */
public record StageDecision(PendingStage subject, List<Reason> reasons, int requiredApprovals) {

    public StageDecision {
        reasons = List.copyOf(reasons);
    }

    public boolean held() {
        return !reasons.isEmpty();
    }
}
