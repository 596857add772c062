package dev.dockcheck.asnvalidator.kafka;

import dev.dockcheck.events.ShipmentConfirmationType;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.asnvalidator.kafka.avro.AsnForPurchaseOrder;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Runs on records keyed by shipment identifier, so that every confirmation under one identifier
 * meets the same store whatever instance runs it. It remembers the last Original per identifier,
 * attaches it to the ASN (a reuse for an Original, the replaced shipment for a Replace), and fans
 * the ASN out to one record per PO, keyed by PO number.
 */
final class ShipmentHistoryProcessor implements Processor<String, ShipmentConfirmed, String, AsnForPurchaseOrder> {

    private final AsnEnvelopes envelopes;
    private ProcessorContext<String, AsnForPurchaseOrder> context;
    private KeyValueStore<String, ShipmentConfirmed> originals;

    ShipmentHistoryProcessor(AsnEnvelopes envelopes) {
        this.envelopes = envelopes;
    }

    @Override
    public void init(ProcessorContext<String, AsnForPurchaseOrder> context) {
        this.context = context;
        this.originals = context.getStateStore(AsnMatchTopology.SHIPMENT_HISTORY_STORE);
    }

    @Override
    public void process(Record<String, ShipmentConfirmed> record) {
        ShipmentConfirmed asn = record.value();
        ShipmentConfirmed previousOriginal = originals.get(asn.getShipmentIdentifier());
        if (asn.getConfirmationType() != ShipmentConfirmationType.REPLACE) {
            originals.put(asn.getShipmentIdentifier(), asn);
        }
        for (String po : AsnMatchMapper.purchaseOrderNumbers(asn)) {
            context.forward(record.withKey(po).withValue(envelopes.wrap(po, asn, previousOriginal)));
        }
    }
}
