package dev.dockcheck.bench.uom;

/** Command-line options of the uom-check benchmark. */
record UomOptions(int pos, int warmup, int lines, int skus, int kafkaPos, String bootstrap, String registry) {

    static UomOptions parse(String[] args) {
        int pos = 20_000;
        int warmup = 5_000;
        int lines = 20;
        int skus = 1_000;
        int kafkaPos = 5_000;
        String bootstrap = null;
        String registry = "http://127.0.0.1:8090/apis/registry/v2";
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            switch (arg.substring(0, Math.max(0, arg.indexOf('=')))) {
                case "--pos" -> pos = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--lines" -> lines = Integer.parseInt(value);
                case "--skus" -> skus = Integer.parseInt(value);
                case "--kafka-pos" -> kafkaPos = Integer.parseInt(value);
                case "--bootstrap" -> bootstrap = value;
                case "--registry" -> registry = value;
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new UomOptions(pos, warmup, lines, skus, kafkaPos, bootstrap, registry);
    }
}
