package dev.dockcheck.bench.uom;

import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.OrderLine;
import dev.dockcheck.events.PurchaseOrderAccepted;
import dev.dockcheck.events.PurchaseOrderReceived;
import dev.dockcheck.events.UnitOfMeasure;
import dev.dockcheck.poingest.domain.CatalogEntry;
import dev.dockcheck.poingest.domain.UnitOfMeasureMapping;
import dev.dockcheck.poingest.domain.UomSettings;
import dev.dockcheck.poingest.kafka.AvroToDomain;
import dev.dockcheck.poingest.kafka.ContentHash;
import dev.dockcheck.poingest.kafka.DomainToAvro;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * In-process figures: the old skeleton's normalisation (baseline: eaches and value per line, no
 * catalog, no rules), the UoM check as a pure function, and the processor's whole per-PO CPU work.
 * A TopologyTestDriver is not used: it commits (and flushes RocksDB) after every record, which no
 * running service does, so its figure (about 40 POs/s here) measures the driver, not the check.
 */
final class InProcessRun {

    private final UomWorkload workload;
    private final UnitOfMeasureMapping mapping = new UnitOfMeasureMapping(new UomSettings(new BigDecimal("5")));
    private final Map<String, CatalogEntry> catalog = new HashMap<>();

    InProcessRun(UomWorkload workload) {
        this.workload = workload;
        workload.catalog().forEach(item -> catalog.put(item.getVendorSku(), AvroToDomain.catalogEntry(item)));
    }

    Figure baseline(List<PurchaseOrderReceived> orders) {
        return measure("in-process: naive normalise (baseline)", orders, InProcessRun::naiveNormalise);
    }

    Figure check(List<PurchaseOrderReceived> orders) {
        Instant now = Instant.now();
        return measure("in-process: UoM check (domain)", orders, po -> mapping.check(AvroToDomain.purchaseOrder(po),
                sku -> Optional.ofNullable(catalog.get(sku)), now));
    }

    /**
     * What the processor does per PO without Kafka and RocksDB: decode the inbound Avro, hash it,
     * check it, map the result to PurchaseOrderAccepted and CheckCompleted and encode both.
     */
    Figure serviceCpu(List<PurchaseOrderReceived> orders) {
        var inbound = PlainAvro.serde(PurchaseOrderReceived.class);
        var accepted = PlainAvro.serde(PurchaseOrderAccepted.class).serializer();
        var results = PlainAvro.serde(CheckCompleted.class).serializer();
        List<byte[]> encoded = orders.stream().map(po -> inbound.serializer().serialize("in", po)).toList();
        Instant now = Instant.now();
        var next = new java.util.concurrent.atomic.AtomicInteger();
        return measure("in-process: decode+hash+check+encode", orders, ignored -> {
            PurchaseOrderReceived po = inbound.deserializer().deserialize("in", encoded.get(next.getAndIncrement()));
            String hash = ContentHash.of(po);
            var result = mapping.check(AvroToDomain.purchaseOrder(po), sku -> Optional.ofNullable(catalog.get(sku)), now);
            accepted.serialize("out", DomainToAvro.accepted(po, result, hash, false));
            results.serialize("out", DomainToAvro.checkCompleted(result));
        });
    }

    private static Figure measure(String name, List<PurchaseOrderReceived> orders, Consumer<PurchaseOrderReceived> work) {
        Latencies latencies = new Latencies(orders.size());
        long start = System.nanoTime();
        for (PurchaseOrderReceived po : orders) {
            long t0 = System.nanoTime();
            work.accept(po);
            latencies.add(System.nanoTime() - t0);
        }
        return Figure.of(name, orders.size(), System.nanoTime() - start, latencies);
    }

    /** What po-ingest did before the UoM check existed: eaches and value per line, totals. */
    static BigDecimal naiveNormalise(PurchaseOrderReceived po) {
        BigDecimal total = BigDecimal.ZERO;
        long eaches = 0;
        for (OrderLine line : po.getItems()) {
            var q = line.getOrderedQuantity();
            long lineEaches = q.getUnitOfMeasure() == UnitOfMeasure.CASES && q.getUnitSize() != null
                    ? q.getAmount() * q.getUnitSize() : q.getAmount();
            eaches += lineEaches;
            if (line.getNetCost() != null) {
                total = total.add(line.getNetCost().getAmount().multiply(BigDecimal.valueOf(lineEaches)));
            }
        }
        return total.add(BigDecimal.valueOf(eaches, 30));
    }
}
