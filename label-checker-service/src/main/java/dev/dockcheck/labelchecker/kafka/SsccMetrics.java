package dev.dockcheck.labelchecker.kafka;

import dev.dockcheck.labelchecker.domain.Outcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The label checker's counters, in Prometheus form:
 * <ul>
 *   <li>{@code po_sscc_reuse_total{source="asn"|"print"}}: SSCC reuses detected, by what revealed
 *       them (an ASN, or a printed label); the one to alert on.</li>
 *   <li>{@code po_checks_total{check="SSCC",outcome}}: CheckCompleted results published.</li>
 *   <li>{@code po_sscc_unattributed_total}: ASNs checked that name no purchase order, so no
 *       CheckCompleted could be published for them.</li>
 *   <li>{@code po_sscc_registry_expired_total}: registry entries dropped after the reuse window.</li>
 *   <li>{@code po_sscc_prints_total{route="in_place"|"repartitioned"}}: printed labels registered on
 *       the partition they were read from, or sent through the claims repartition (a key other than
 *       the SSCC's 18 digits, or another partitioner: one more broker write per print).</li>
 * </ul>
 */
public class SsccMetrics {

    private final MeterRegistry meters;

    public SsccMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void reuse(String source) {
        Counter.builder("po.sscc.reuse").description("SSCC reuses detected within the reuse window")
                .tag("source", source).register(meters).increment();
    }

    void checked(Outcome outcome) {
        Counter.builder("po.checks").description("Check results published")
                .tag("check", "SSCC").tag("outcome", outcome.name()).register(meters).increment();
    }

    void unattributed() {
        Counter.builder("po.sscc.unattributed").description("ASNs without a purchase order number")
                .register(meters).increment();
    }

    void expired(long count) {
        Counter.builder("po.sscc.registry.expired").description("SSCC registry entries past the reuse window")
                .register(meters).increment(count);
    }

    void printRouted(boolean inPlace) {
        Counter.builder("po.sscc.prints").description("Printed labels, by how they reached the SSCC registry")
                .tag("route", inPlace ? "in_place" : "repartitioned").register(meters).increment();
    }
}
