package dev.dockcheck.approval;

import dev.dockcheck.approval.domain.Hold;
import dev.dockcheck.approval.domain.Hold.Change;
import dev.dockcheck.approval.domain.Hold.Verdict;
import dev.dockcheck.approval.domain.HoldStatus;
import dev.dockcheck.approval.store.AuditTrail;
import dev.dockcheck.approval.store.DecisionOutbox;
import dev.dockcheck.approval.store.HoldStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approvers' decisions on holds. The hold row is locked for the decision, so two concurrent
 * decisions queue up: the first wins, the second finds a newer version (or a decided hold).
 */
@Service
public class HoldDesk {

    /** The decision was refused; the verdict says why. */
    public static class HoldConflictException extends RuntimeException {
        private final Verdict verdict;

        HoldConflictException(Verdict verdict) {
            super(switch (verdict) {
                case STALE_VERSION -> "The hold has changed since you read it; reload it and decide again.";
                case ALREADY_DECIDED -> "The hold is already decided.";
                case ALREADY_APPROVED_BY_SAME_PERSON -> "You have already approved this hold; a second approver must approve it.";
                default -> verdict.name();
            });
            this.verdict = verdict;
        }

        public Verdict verdict() {
            return verdict;
        }
    }

    /** No hold has this id. */
    public static class HoldNotFoundException extends RuntimeException {
        public HoldNotFoundException(UUID id) {
            super("No hold " + id);
        }
    }

    private final HoldStore holds;
    private final AuditTrail audit;
    private final DecisionOutbox outbox;
    private final DecisionMetrics metrics;
    private final Clock clock;

    HoldDesk(HoldStore holds, AuditTrail audit, DecisionOutbox outbox, DecisionMetrics metrics, Clock clock) {
        this.holds = holds;
        this.audit = audit;
        this.outbox = outbox;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Transactional
    public Hold approve(UUID id, long expectedVersion, String approver, String comment) {
        return decide(id, hold -> hold.approve(approver, expectedVersion), approver, comment);
    }

    @Transactional
    public Hold reject(UUID id, long expectedVersion, String approver, String reason) {
        return decide(id, hold -> hold.reject(expectedVersion), approver, reason);
    }

    private Hold decide(UUID id, Function<Hold, Change> decision, String approver, String comment) {
        Instant now = clock.instant();
        Change change = decision.apply(holds.lock(id).orElseThrow(() -> new HoldNotFoundException(id)));
        if (!change.verdict().accepted() || !holds.update(change.hold(), now)) {
            throw new HoldConflictException(change.verdict().accepted() ? Verdict.STALE_VERSION : change.verdict());
        }
        Hold hold = change.hold();
        audit.append(hold.poNumber(), hold.id(), change.verdict().name(), approver, comment, now);
        if (hold.status() != HoldStatus.OPEN) {
            outbox.append(UUID.randomUUID(), hold.poNumber(), hold.stage(), hold.shipmentId(), hold.status().name(),
                    hold.status() == HoldStatus.APPROVED ? String.join(",", sorted(hold)) : approver, hold.reasons(),
                    hold.id(), comment, now);
            metrics.decided(hold.stage(), hold.status().name());
        }
        return hold;
    }

    private static List<String> sorted(Hold hold) {
        return hold.approvedBy().stream().sorted().toList();
    }
}
