package dev.dockcheck.poingest.web;

import dev.dockcheck.poingest.kafka.IntakePublisher.Placement;
import java.util.List;

/** The 202 answer: how many records were accepted, and where each one went. */
record IntakeReceipt(int accepted, List<Placement> records) {

    static IntakeReceipt of(List<Placement> placements) {
        return new IntakeReceipt(placements.size(), placements);
    }
}
