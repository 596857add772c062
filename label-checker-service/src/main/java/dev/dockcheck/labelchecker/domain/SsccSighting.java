package dev.dockcheck.labelchecker.domain;

import dev.dockcheck.labelchecker.domain.ShipmentLabels.ConfirmationType;
import java.time.Instant;
import java.util.List;

/**
 * One use of an SSCC: on which shipment, when, seen where (an ASN or a printed label), and for an
 * ASN how it was confirmed, which ASN exactly ({@code fingerprint}) and for which purchase orders.
 */
public record SsccSighting(String shipmentId, Instant usedAt, Source source, ConfirmationType confirmationType,
        long fingerprint, List<String> purchaseOrders) {

    public enum Source { ASN, PRINT }

    public SsccSighting {
        purchaseOrders = List.copyOf(purchaseOrders);
    }

    public static SsccSighting ofAsn(ShipmentLabels shipment) {
        return new SsccSighting(shipment.shipmentId(), shipment.confirmedAt(), Source.ASN,
                shipment.confirmationType(), fingerprint(shipment), shipment.purchaseOrders());
    }

    public static SsccSighting ofPrint(String shipmentId, Instant printedAt) {
        return new SsccSighting(shipmentId, printedAt, Source.PRINT, ConfirmationType.UNKNOWN, 0L, List.of());
    }

    /** Tells a redelivered copy of an ASN from a second, different ASN under the same shipment id. */
    static long fingerprint(ShipmentLabels shipment) {
        long hash = 1125899906842597L;
        String identity = shipment.shipmentId() + '|' + shipment.confirmedAt().toEpochMilli() + '|'
                + String.join(",", SsccValidity.claimed(shipment).keySet().stream().map(Sscc::digits).sorted().toList());
        for (int i = 0; i < identity.length(); i++) {
            hash = 31 * hash + identity.charAt(i);
        }
        return hash;
    }
}
