package dev.dockcheck.poingest.domain;

import java.time.Instant;

/**
 * What was last checked of a PO: the hash of its content and its effective date
 * (purchaseOrderChangedDate, else purchaseOrderDate).
 */
public record Revision(String contentHash, Instant effectiveDate) {

    /** What to do with {@code incoming} given what was last checked ({@code previous}, null if none). */
    public static Decision decide(Revision previous, Revision incoming) {
        if (previous == null) {
            return Decision.NEW;
        }
        if (previous.contentHash.equals(incoming.contentHash)) {
            return Decision.UNCHANGED_RESEND;
        }
        // Amazon dates every change, so older content is an out-of-order copy; equal dates with other
        // content are a correction by the sender, which is checked rather than silently dropped
        return incoming.effectiveDate.isBefore(previous.effectiveDate) ? Decision.STALE : Decision.CHANGE;
    }

    public enum Decision {
        /** first time seen: check it */
        NEW,
        /** same content again: no second result */
        UNCHANGED_RESEND,
        /** other content, with a newer (or the same) effective date: check it again, marked as a change */
        CHANGE,
        /** other content with an older effective date: an out-of-order copy, dropped */
        STALE;

        public boolean checks() {
            return this == NEW || this == CHANGE;
        }
    }
}
