package dev.dockcheck.poingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockcheck.poingest.domain.Revision.Decision;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RevisionTest {

    static final Instant DAY1 = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant DAY2 = Instant.parse("2026-01-02T00:00:00Z");

    @Test
    void checksAPoSeenForTheFirstTime() {
        assertThat(Revision.decide(null, new Revision("a", DAY1))).isEqualTo(Decision.NEW);
    }

    @Test
    void dropsAnUnchangedResend() {
        assertThat(Revision.decide(new Revision("a", DAY1), new Revision("a", DAY1))).isEqualTo(Decision.UNCHANGED_RESEND);
    }

    @Test
    void checksAgainAPoWithANewerChangedDate() {
        assertThat(Revision.decide(new Revision("a", DAY1), new Revision("b", DAY2))).isEqualTo(Decision.CHANGE);
    }

    @Test
    void checksAgainOtherContentWithTheSameDateAsACorrection() {
        assertThat(Revision.decide(new Revision("a", DAY1), new Revision("b", DAY1))).isEqualTo(Decision.CHANGE);
    }

    @Test
    void dropsAnOlderCopyThatArrivesLate() {
        Decision decision = Revision.decide(new Revision("b", DAY2), new Revision("a", DAY1));

        assertThat(decision).isEqualTo(Decision.STALE);
        assertThat(decision.checks()).isFalse();
    }
}
