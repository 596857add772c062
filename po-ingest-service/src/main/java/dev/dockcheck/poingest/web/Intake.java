package dev.dockcheck.poingest.web;

import dev.dockcheck.poingest.kafka.CheckMetrics;
import java.util.List;
import java.util.function.Supplier;

/** Counts what became of a REST document in {@code po_intake_total{source,result}}. */
final class Intake {

    private Intake() {
    }

    static <T> List<T> counted(CheckMetrics metrics, String source, Supplier<List<T>> read) {
        try {
            List<T> records = read.get();
            metrics.intake(source, "accepted", records.size());
            return records;
        } catch (InvalidDocumentException e) {
            metrics.intake(source, "rejected", 1);
            throw e;
        } catch (PayloadTooLargeException e) {
            metrics.intake(source, "too_large", 1);
            throw e;
        }
    }
}
