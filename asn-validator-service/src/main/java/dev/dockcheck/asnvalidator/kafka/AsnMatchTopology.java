package dev.dockcheck.asnvalidator.kafka;

import dev.dockcheck.asnvalidator.AsnMatchProperties;
import dev.dockcheck.asnvalidator.domain.AsnMatch;
import dev.dockcheck.asnvalidator.kafka.avro.AsnForPurchaseOrder;
import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.PurchaseOrderAccepted;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.kafka.AvroSerdes;
import dev.dockcheck.kafka.PipelineKafkaProperties;
import dev.dockcheck.schemas.Topics;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The ASN match as a stream: shipment confirmations are re-keyed by shipment identifier (identifier
 * history), fanned out per PO and re-keyed by PO number, co-partitioned with {@code purchase-orders},
 * whose POs live in a changelogged store. One {@code ASN_MATCH} result per PO of a shipment goes to
 * {@code check-results}. An ASN that cannot be checked ({@link UncheckableAsns}) is refused before it
 * is re-keyed, and pipeline-kafka's Streams handler sends it to {@code shipment-confirmations-dlt}.
 */
@Component
public class AsnMatchTopology {

    public static final String SHIPMENT_HISTORY_STORE = "asn-shipment-history";
    public static final String PURCHASE_ORDER_STORE = "asn-purchase-orders";
    public static final String WAITING_STORE = "asn-waiting-for-po";

    private final AvroSerdes serdes;
    private final AsnMatch match;
    private final AsnMatchProperties properties;
    private final int partitions;
    private final AsnMatchMetrics metrics;

    public AsnMatchTopology(AvroSerdes serdes, AsnMatch match, AsnMatchProperties properties,
            PipelineKafkaProperties kafka, AsnMatchMetrics metrics) {
        this.serdes = serdes;
        this.match = match;
        this.properties = properties;
        this.partitions = kafka.partitions();
        this.metrics = metrics;
    }

    @Autowired
    public void addTo(StreamsBuilder builder) {
        Serde<ShipmentConfirmed> asnSerde = serdes.valueSerde(ShipmentConfirmed.class);
        Serde<PurchaseOrderAccepted> poSerde = serdes.valueSerde(PurchaseOrderAccepted.class);
        Serde<AsnForPurchaseOrder> envelopeSerde = serdes.valueSerde(AsnForPurchaseOrder.class);
        addStores(builder, asnSerde, poSerde, envelopeSerde);
        AsnChecks checks = new AsnChecks(match, new AsnEnvelopes(asnSerde), metrics);

        KStream<String, CheckCompleted> fromAsns = builder.stream(Topics.SHIPMENT_CONFIRMATIONS.name(),
                        Consumed.with(Serdes.String(), asnSerde))
                .mapValues(UncheckableAsns::checkable)
                .selectKey((key, asn) -> asn.getShipmentIdentifier())
                .repartition(Repartitioned.with(Serdes.String(), asnSerde).withName("asn-by-shipment")
                        .withNumberOfPartitions(partitions))
                .process(() -> new ShipmentHistoryProcessor(new AsnEnvelopes(asnSerde),
                        properties.settings().identifierReuseWindow()), SHIPMENT_HISTORY_STORE)
                .repartition(Repartitioned.with(Serdes.String(), envelopeSerde).withName("asn-by-po")
                        .withNumberOfPartitions(partitions))
                .process(() -> new AsnArrivalProcessor(checks, metrics, properties.poWaitTimeout(),
                        properties.poWaitCheckInterval()), PURCHASE_ORDER_STORE, WAITING_STORE);
        KStream<String, CheckCompleted> fromPurchaseOrders = builder.stream(Topics.PURCHASE_ORDERS.name(),
                        Consumed.with(Serdes.String(), poSerde))
                .process(() -> new PurchaseOrderArrivalProcessor(checks, metrics), PURCHASE_ORDER_STORE, WAITING_STORE);

        fromAsns.merge(fromPurchaseOrders)
                .to(Topics.CHECK_RESULTS.name(), Produced.with(Serdes.String(), serdes.valueSerde(CheckCompleted.class)));
    }

    private static void addStores(StreamsBuilder builder, Serde<ShipmentConfirmed> asnSerde,
            Serde<PurchaseOrderAccepted> poSerde, Serde<AsnForPurchaseOrder> envelopeSerde) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SHIPMENT_HISTORY_STORE),
                Serdes.String(), asnSerde));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PURCHASE_ORDER_STORE),
                Serdes.String(), poSerde));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(WAITING_STORE),
                Serdes.String(), envelopeSerde));
    }
}
