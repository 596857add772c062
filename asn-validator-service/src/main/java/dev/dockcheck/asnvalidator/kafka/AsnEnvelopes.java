package dev.dockcheck.asnvalidator.kafka;

import dev.dockcheck.asnvalidator.domain.ShipmentHistory;
import dev.dockcheck.asnvalidator.domain.ShipmentNotice;
import dev.dockcheck.asnvalidator.kafka.avro.AsnForPurchaseOrder;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.schemas.Topics;
import java.nio.ByteBuffer;
import org.apache.kafka.common.serialization.Serde;

/**
 * Packs one PO of an ASN, and the Original confirmed before it under the same identifier, into the
 * internal {@link AsnForPurchaseOrder}. The ASNs inside are written with the topic's own value serde,
 * so the registry keeps them readable when {@code ShipmentConfirmed} evolves.
 */
final class AsnEnvelopes {

    private static final String SUBJECT_TOPIC = Topics.SHIPMENT_CONFIRMATIONS.name();

    private final Serde<ShipmentConfirmed> asnSerde;

    AsnEnvelopes(Serde<ShipmentConfirmed> asnSerde) {
        this.asnSerde = asnSerde;
    }

    AsnForPurchaseOrder wrap(String poNumber, ShipmentConfirmed asn, ShipmentConfirmed previousOriginal) {
        return AsnForPurchaseOrder.newBuilder().setPurchaseOrderNumber(poNumber).setShipment(bytes(asn))
                .setPreviousOriginal(previousOriginal == null ? null : bytes(previousOriginal)).build();
    }

    ShipmentConfirmed shipment(AsnForPurchaseOrder envelope) {
        return read(envelope.getShipment());
    }

    ShipmentHistory history(AsnForPurchaseOrder envelope) {
        if (envelope.getPreviousOriginal() == null) {
            return ShipmentHistory.none();
        }
        ShipmentNotice previous = AsnMatchMapper.toNotice(read(envelope.getPreviousOriginal()));
        return ShipmentHistory.of(previous);
    }

    private ByteBuffer bytes(ShipmentConfirmed asn) {
        return ByteBuffer.wrap(asnSerde.serializer().serialize(SUBJECT_TOPIC, asn));
    }

    private ShipmentConfirmed read(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return asnSerde.deserializer().deserialize(SUBJECT_TOPIC, bytes);
    }
}
