package dev.dockcheck.asnvalidator.kafka;

import dev.dockcheck.kafka.DeadLetters;
import dev.dockcheck.events.ShipmentConfirmed;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Marks an ASN that this service cannot check at all (it names no PO, so no result can be keyed)
 * as a dead letter the way the shared pattern does: reason {@code unprocessable}, the message,
 * the original topic, and a count in {@code po_dead_letters_total}.
 */
final class DeadLetterRoute implements FixedKeyProcessor<String, ShipmentConfirmed, ShipmentConfirmed> {

    static final String NO_PURCHASE_ORDER = "the shipment confirmation names no purchase order on any shipped item";

    private final String sourceTopic;
    private final AsnMatchMetrics metrics;
    private FixedKeyProcessorContext<String, ShipmentConfirmed> context;

    DeadLetterRoute(String sourceTopic, AsnMatchMetrics metrics) {
        this.sourceTopic = sourceTopic;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ShipmentConfirmed> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, ShipmentConfirmed> record) {
        record.headers().add(DeadLetters.REASON_HEADER, bytes("unprocessable"));
        record.headers().add("kafka_dlt-exception-message", bytes(NO_PURCHASE_ORDER));
        record.headers().add("kafka_dlt-original-topic", bytes(sourceTopic));
        metrics.deadLettered(sourceTopic, "unprocessable");
        context.forward(record);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
