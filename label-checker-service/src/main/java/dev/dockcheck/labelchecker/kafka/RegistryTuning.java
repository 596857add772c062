package dev.dockcheck.labelchecker.kafka;

import java.time.Duration;

/**
 * How the SSCC registry keeps itself bounded: entries older than {@code window} are dropped by a
 * sweep that runs every {@code sweepInterval} and looks at no more than {@code sweepBatch} entries
 * at a time, resuming where it stopped, so that no sweep stalls the stream thread.
 */
public record RegistryTuning(Duration window, Duration sweepInterval, int sweepBatch) {
}
