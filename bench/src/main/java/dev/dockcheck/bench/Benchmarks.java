package dev.dockcheck.bench;

import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;

/** Runs the benchmark named on the command line: {@code java -jar bench/target/bench.jar <name> [options]}. */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        List<Benchmark> all = ServiceLoader.load(Benchmark.class).stream().map(ServiceLoader.Provider::get).toList();
        Benchmark chosen = args.length == 0 ? null
                : all.stream().filter(b -> b.name().equals(args[0])).findFirst().orElse(null);
        if (chosen == null) {
            System.err.println("usage: java -jar bench/target/bench.jar <benchmark> [options]");
            all.forEach(b -> System.err.printf("  %-20s %s%n", b.name(), b.description()));
            System.exit(2);
        }
        chosen.run(Arrays.copyOfRange(args, 1, args.length));
    }
}
