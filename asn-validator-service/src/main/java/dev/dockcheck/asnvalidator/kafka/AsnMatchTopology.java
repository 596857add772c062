package dev.dockcheck.asnvalidator.kafka;

import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.CheckType;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.events.ShippedItem;
import dev.dockcheck.kafka.AvroSerdes;
import dev.dockcheck.schemas.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Emits one ASN_MATCH result per PO that a shipment confirmation covers. */
@Component
class AsnMatchTopology {

    @Autowired
    void build(StreamsBuilder builder, AvroSerdes serdes) {
        builder.stream(Topics.SHIPMENT_CONFIRMATIONS.name(),
                        Consumed.with(Serdes.String(), serdes.valueSerde(ShipmentConfirmed.class)))
                .flatMap((shipmentId, asn) -> purchaseOrders(asn).stream()
                        .map(po -> KeyValue.pair(po, result(po, asn))).toList())
                .to(Topics.CHECK_RESULTS.name(), Produced.with(Serdes.String(), serdes.valueSerde(CheckCompleted.class)));
    }

    private static List<String> purchaseOrders(ShipmentConfirmed asn) {
        return asn.getShippedItems().stream().map(ShippedItem::getPurchaseOrderNumber)
                .filter(Objects::nonNull).distinct().toList();
    }

    private static CheckCompleted result(String po, ShipmentConfirmed asn) {
        return CheckCompleted.newBuilder().setPoNumber(po).setCheckType(CheckType.ASN_MATCH)
                .setSubjectId(asn.getShipmentIdentifier()).setOutcome(CheckOutcome.PASS)
                .setFindings(List.of()).setCheckedAt(Instant.now()).build();
    }
}
