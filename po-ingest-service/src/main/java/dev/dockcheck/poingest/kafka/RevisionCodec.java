package dev.dockcheck.poingest.kafka;

import dev.dockcheck.poingest.domain.Revision;
import java.time.Instant;

/** A {@link Revision} as the revisions store keeps it: {@code <hash>|<epoch millis>}. */
final class RevisionCodec {

    private RevisionCodec() {
    }

    static String encode(Revision revision) {
        return revision.contentHash() + "|" + revision.effectiveDate().toEpochMilli();
    }

    static Revision decode(String stored) {
        if (stored == null) {
            return null;
        }
        int bar = stored.lastIndexOf('|');
        return new Revision(stored.substring(0, bar), Instant.ofEpochMilli(Long.parseLong(stored.substring(bar + 1))));
    }
}
