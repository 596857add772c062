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
}
