package dev.dockcheck.approval.store;

import java.util.Collection;

/**
 * The PO numbers of a poll as the array parameter of a lookup. Such a lookup is written as
 * {@code unnest(?) cross join lateral (... where po_number = p.po_number offset 0)}: one index
 * probe per PO, whatever the planner knows. With {@code po_number = any(?)}, a table without
 * statistics yet (a new or freshly loaded database, before autovacuum's first analyse) was read
 * whole for every poll, each row compared with every number of the array: in the {@code pipeline}
 * benchmark that doubled PostgreSQL's CPU.
 */
final class PoNumbers {

    private PoNumbers() {
    }

    /** Distinct and sorted: concurrent transactions that lock rows through them lock in the same order. */
    static String[] sorted(Collection<String> poNumbers) {
        return poNumbers.stream().distinct().sorted().toArray(String[]::new);
    }
}
