package dev.dockcheck.approval;

import dev.dockcheck.approval.domain.Stage;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gauges on the open holds, read from PostgreSQL when scraped: {@code po_holds_open{stage}},
 * {@code po_hold_oldest_age_seconds} and {@code po_hold_deadline_remaining_seconds} (to the nearest
 * open deadline; negative once it has passed). Both ages are NaN when no hold is open.
 */
@Component
class HoldMetrics {

    private final JdbcClient db;
    private final Clock clock;

    HoldMetrics(JdbcClient db, Clock clock, MeterRegistry meters) {
        this.db = db;
        this.clock = clock;
        for (Stage stage : Stage.values()) {
            Gauge.builder("po.holds.open", () -> openHolds(stage)).description("Holds waiting for an approver")
                    .tag("stage", stage.name()).register(meters);
        }
        Gauge.builder("po.hold.oldest.age.seconds", this::oldestAgeSeconds)
                .description("Age of the oldest open hold").register(meters);
        Gauge.builder("po.hold.deadline.remaining.seconds", this::deadlineRemainingSeconds)
                .description("Time left to the nearest deadline of an open hold").register(meters);
    }

    private double openHolds(Stage stage) {
        return db.sql("select count(*) from hold where status = 'OPEN' and stage = ?").param(stage.name())
                .query(Long.class).single();
    }

    private double oldestAgeSeconds() {
        return secondsBetween(db.sql("select min(created_at) from hold where status = 'OPEN'"), false);
    }

    private double deadlineRemainingSeconds() {
        return secondsBetween(db.sql("select min(deadline) from hold where status = 'OPEN'"), true);
    }

    private double secondsBetween(JdbcClient.StatementSpec query, boolean untilThen) {
        Timestamp then = query.query(Timestamp.class).list().stream().findFirst().orElse(null);
        if (then == null) {
            return Double.NaN;
        }
        Instant now = clock.instant();
        Duration age = untilThen ? Duration.between(now, then.toInstant()) : Duration.between(then.toInstant(), now);
        return age.toMillis() / 1000.0;
    }
}
