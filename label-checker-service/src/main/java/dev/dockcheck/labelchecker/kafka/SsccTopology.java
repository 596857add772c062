package dev.dockcheck.labelchecker.kafka;

import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.LabelPrinted;
import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.kafka.AvroSerdes;
import dev.dockcheck.labelchecker.domain.LabelSettings;
import dev.dockcheck.labelchecker.domain.ShipmentVerdict;
import dev.dockcheck.labelchecker.domain.Sscc;
import dev.dockcheck.labelchecker.domain.SsccSighting;
import dev.dockcheck.labelchecker.domain.SsccValidity;
import dev.dockcheck.labelchecker.kafka.CheckStart.Started;
import dev.dockcheck.schemas.Topics;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The SSCC check as a scatter-gather over two repartitions:
 * <ol>
 *   <li>each ASN gets a check id and its validity findings (one verdict part), and scatters one
 *       claim per distinct SSCC, each carrying how many parts the verdict will have;</li>
 *   <li>claims from ASNs and from printed labels are repartitioned by SSCC
 *       ({@code <app>-sscc-claims-repartition}) to the {@link SsccRegistryProcessor} that owns it,
 *       which answers each ASN claim with one part;</li>
 *   <li>parts are repartitioned by check id ({@code <app>-sscc-verdict-parts-repartition}) and
 *       {@link VerdictGather}ed until all have come;</li>
 *   <li>the whole verdict becomes one {@code CheckCompleted} per PO of the shipment.</li>
 * </ol>
 */
@Component
public class SsccTopology {

    private static final Logger log = LoggerFactory.getLogger(SsccTopology.class);

    private final AvroSerdes serdes;
    private final LabelSettings settings;
    private final RegistryTuning tuning;
    private final SsccMetrics metrics;
    private final Clock clock;

    public SsccTopology(AvroSerdes serdes, LabelSettings settings, RegistryTuning tuning, SsccMetrics metrics, Clock clock) {
        this.serdes = serdes;
        this.settings = settings;
        this.tuning = tuning;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Autowired
    public void build(StreamsBuilder builder) {
        builder.addStateStore(SsccRegistryProcessor.storeBuilder());
        builder.addStateStore(VerdictGather.storeBuilder());
        KStream<String, Started> started = builder.stream(Topics.SHIPMENT_CONFIRMATIONS.name(),
                        Consumed.with(Serdes.String(), serdes.valueSerde(ShipmentConfirmed.class)))
                .processValues(CheckStart::new);
        KStream<String, SsccClaim> claims = started.flatMap((key, check) -> asnClaims(check))
                .merge(printClaims(builder))
                .repartition(Repartitioned.with(Serdes.String(), SsccClaim.SERDE).withName("sscc-claims"));
        started.map((key, check) -> KeyValue.pair(check.checkId(), validityPart(check)))
                .merge(claims.process(() -> new SsccRegistryProcessor(tuning, metrics, clock), SsccRegistryProcessor.STORE))
                .repartition(Repartitioned.with(Serdes.String(), VerdictPart.SERDE).withName("sscc-verdict-parts"))
                .process(VerdictGather::new, VerdictGather.STORE)
                .flatMap((shipmentId, verdict) -> perPurchaseOrder(verdict))
                .to(Topics.CHECK_RESULTS.name(),
                        Produced.with(Serdes.String(), serdes.valueSerde(CheckCompleted.class)));
    }

    private static List<KeyValue<String, SsccClaim>> asnClaims(Started check) {
        var claimed = SsccValidity.claimed(check.shipment());
        SsccSighting sighting = SsccSighting.ofAsn(check.shipment());
        return claimed.entrySet().stream().map(e -> KeyValue.pair(e.getKey().digits(),
                new SsccClaim(check.checkId(), claimed.size() + 1, e.getValue(), sighting))).toList();
    }

    private VerdictPart validityPart(Started check) {
        var shipment = check.shipment();
        return new VerdictPart(check.checkId(), SsccValidity.claimed(shipment).size() + 1, 1, shipment.shipmentId(),
                shipment.purchaseOrders(), SsccValidity.check(shipment, settings));
    }

    private KStream<String, SsccClaim> printClaims(StreamsBuilder builder) {
        return builder.stream(Topics.LABELS_PRINTED.name(),
                        Consumed.with(Serdes.String(), serdes.valueSerde(LabelPrinted.class)))
                .flatMap((key, printed) -> printClaim(printed));
    }

    private static List<KeyValue<String, SsccClaim>> printClaim(LabelPrinted printed) {
        var sscc = Sscc.parse(printed.getSscc());
        if (sscc.isEmpty()) {
            log.warn("Printed label {} of shipment {} is no SSCC; not registered", printed.getSscc(), printed.getShipmentId());
            return List.of();
        }
        var sighting = SsccSighting.ofPrint(printed.getShipmentId().strip(), printed.getPrintedAt());
        return List.of(KeyValue.pair(sscc.get().digits(), new SsccClaim(null, 0, "label", sighting)));
    }

    private List<KeyValue<String, CheckCompleted>> perPurchaseOrder(ShipmentVerdict verdict) {
        if (verdict.purchaseOrders().isEmpty()) {
            metrics.unattributed();
            log.warn("ASN {} names no purchase order; its SSCC verdict {} is not published: {}",
                    verdict.shipmentId(), verdict.outcome(), verdict.findings());
            return List.of();
        }
        return verdict.purchaseOrders().stream().map(po -> {
            metrics.checked(verdict.outcome());
            return KeyValue.pair(po, CheckResults.of(verdict, po, clock.instant()));
        }).toList();
    }
}
