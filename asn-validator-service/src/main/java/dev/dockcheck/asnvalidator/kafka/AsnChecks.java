package dev.dockcheck.asnvalidator.kafka;

import dev.dockcheck.asnvalidator.domain.AsnMatch;
import dev.dockcheck.asnvalidator.domain.CheckResult;
import dev.dockcheck.asnvalidator.kafka.avro.AsnForPurchaseOrder;
import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.PurchaseOrderAccepted;
import dev.dockcheck.events.ShipmentConfirmed;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Runs the ASN match for one waiting or arriving ASN/PO pair and makes the result record, keyed
 * by PO number. The rules judge dates against the ASN's {@code receivedAt}, the moment it was
 * submitted, so a replay or a late PO gives the same findings; {@code checkedAt} is wall-clock.
 */
final class AsnChecks {

    private final AsnMatch match;
    private final AsnEnvelopes envelopes;
    private final AsnMatchMetrics metrics;

    AsnChecks(AsnMatch match, AsnEnvelopes envelopes, AsnMatchMetrics metrics) {
        this.match = match;
        this.envelopes = envelopes;
        this.metrics = metrics;
    }

    Record<String, CheckCompleted> matched(AsnForPurchaseOrder envelope, PurchaseOrderAccepted po, long nowMs) {
        ShipmentConfirmed asn = envelopes.shipment(envelope);
        CheckResult result = match.check(AsnMatchMapper.toNotice(asn), AsnMatchMapper.toPurchaseOrder(po),
                envelopes.history(envelope), asn.getReceivedAt());
        return record(envelope, asn, result, nowMs);
    }

    Record<String, CheckCompleted> poNotFound(AsnForPurchaseOrder envelope, Duration waited, long nowMs) {
        ShipmentConfirmed asn = envelopes.shipment(envelope);
        CheckResult result = match.poNotFound(AsnMatchMapper.toNotice(asn), envelope.getPurchaseOrderNumber(),
                envelopes.history(envelope), asn.getReceivedAt(), waited);
        return record(envelope, asn, result, nowMs);
    }

    private Record<String, CheckCompleted> record(AsnForPurchaseOrder envelope, ShipmentConfirmed asn,
            CheckResult result, long nowMs) {
        metrics.checked(result.outcome());
        String po = envelope.getPurchaseOrderNumber();
        return new Record<>(po, AsnMatchMapper.toEvent(po, asn.getShipmentIdentifier(), result,
                Instant.ofEpochMilli(nowMs)), nowMs);
    }
}
