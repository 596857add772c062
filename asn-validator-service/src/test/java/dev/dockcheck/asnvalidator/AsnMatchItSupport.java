package dev.dockcheck.asnvalidator;

import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.PurchaseOrderAccepted;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.kafka.AvroSerdes;
import dev.dockcheck.kafka.TopicReader;
import dev.dockcheck.schemas.Topics;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.KafkaTemplate;

/** Sends inputs the way producers do (Avro through the registry) and reads results back as committed. */
final class AsnMatchItSupport {

    private final String bootstrapServers;
    private final KafkaTemplate<String, Object> template;
    private final AvroSerdes serdes;

    AsnMatchItSupport(String bootstrapServers, KafkaTemplate<String, Object> template, AvroSerdes serdes) {
        this.bootstrapServers = bootstrapServers;
        this.template = template;
        this.serdes = serdes;
    }

    void send(PurchaseOrderAccepted po) {
        template.executeInTransaction(t -> t.send(Topics.PURCHASE_ORDERS.name(), po.getPurchaseOrderNumber(), po));
    }

    void send(ShipmentConfirmed asn) {
        template.executeInTransaction(t -> t.send(Topics.SHIPMENT_CONFIRMATIONS.name(), asn.getShipmentIdentifier(), asn));
    }

    void sendRaw(String topic, String key, byte[] value) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrapServers),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /** The ASN_MATCH result for one PO of one shipment, as an outside consumer reads it. */
    CheckCompleted resultFor(String po, String shipment, Duration timeout) {
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.CHECK_RESULTS.name())) {
            ConsumerRecord<String, byte[]> record = reader.readUntil(r -> po.equals(r.key())
                    && shipment.equals(decode(r).getSubjectId()), timeout);
            return decode(record);
        }
    }

    ConsumerRecord<String, byte[]> deadLetter(String topic, String key) {
        try (TopicReader reader = new TopicReader(bootstrapServers, topic + "-dlt")) {
            return reader.readUntil(r -> key.equals(r.key()), Duration.ofSeconds(30));
        }
    }

    private CheckCompleted decode(ConsumerRecord<String, byte[]> record) {
        return serdes.valueSerde(CheckCompleted.class).deserializer().deserialize(record.topic(), record.value());
    }
}
