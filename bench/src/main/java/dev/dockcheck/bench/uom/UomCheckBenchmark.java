package dev.dockcheck.bench.uom;

import dev.dockcheck.bench.Benchmark;
import dev.dockcheck.events.PurchaseOrderReceived;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

/**
 * {@code uom-check}: UoM mapping check throughput on 20-line POs. In-process: the pure check, and the
 * processor's per-PO work (decode, hash, check, encode), against the old naive normalisation as baseline. Through
 * Kafka (with {@code --bootstrap}): against a running po-ingest-service, with a plain
 * produce-and-consume round trip through the same broker as baseline.
 * Options: {@code --pos=20000 --warmup=5000 --lines=20 --skus=1000 --kafka-pos=5000
 * --bootstrap=127.0.0.1:9092 --registry=http://127.0.0.1:8090/apis/registry/v2}.
 */
public class UomCheckBenchmark implements Benchmark {

    @Override
    public String name() {
        return "uom-check";
    }

    @Override
    public String description() {
        return "UoM check POs/s on 20-line POs, in-process and through Kafka (with --bootstrap), vs baselines";
    }

    @Override
    public void run(String[] args) throws Exception {
        UomOptions options = UomOptions.parse(args);
        UomWorkload workload = new UomWorkload("BENCH" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(),
                options.skus(), options.lines());
        System.out.printf("uom-check: %d POs of %d lines over %d catalog items (warm-up %d)%n",
                options.pos(), options.lines(), options.skus(), options.warmup());
        List<PurchaseOrderReceived> warmup = orders(workload, 0, options.warmup());
        List<PurchaseOrderReceived> measured = orders(workload, options.warmup(), options.pos());
        InProcessRun inProcess = new InProcessRun(workload);
        List<Figure> figures = new ArrayList<>();
        System.out.println("- warming up the in-process paths");
        inProcess.baseline(warmup);
        inProcess.check(warmup);
        System.out.println("- measuring in-process");
        Figure baseline = inProcess.baseline(measured);
        figures.add(baseline);
        figures.add(inProcess.check(measured));
        inProcess.serviceCpu(warmup);
        figures.add(inProcess.serviceCpu(measured));
        Figure kafkaBaseline = null;
        if (options.bootstrap() != null) {
            try (KafkaRun kafka = new KafkaRun(workload, options.bootstrap(), options.registry())) {
                System.out.println("- publishing the catalog to " + options.bootstrap() + " and probing the service");
                kafka.prepare();
                System.out.println("- measuring through Kafka");
                kafkaBaseline = kafka.rawRoundTrip(orders(workload, 4_000_000, options.kafkaPos()));
                figures.add(kafkaBaseline);
                figures.add(kafka.throughService(orders(workload, 5_000_000, options.kafkaPos())));
            }
        } else {
            System.out.println("- skipping the Kafka run (no --bootstrap; start ./run-local and pass --bootstrap=127.0.0.1:9092)");
        }
        new UomReport(options, workload).print(figures, baseline, kafkaBaseline);
    }

    private static List<PurchaseOrderReceived> orders(UomWorkload workload, long from, long count) {
        return LongStream.range(from, from + count).mapToObj(workload::order).toList();
    }
}
