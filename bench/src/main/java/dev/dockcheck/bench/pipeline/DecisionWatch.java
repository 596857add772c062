package dev.dockcheck.bench.pipeline;

import dev.dockcheck.events.ApprovalDecided;
import dev.dockcheck.events.DecisionStage;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * Reads a decisions topic ({@code read_committed}, from its end when started) and counts the
 * decisions of this run's POs by stage and outcome, noting duplicates and the time of the last one.
 */
final class DecisionWatch implements AutoCloseable {

    private final String topic;
    private final String prefix;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicLong lastNanos = new AtomicLong();
    private volatile BiConsumer<ApprovalDecided, Long> listener = (d, millis) -> { };
    private volatile boolean running = true;
    private final Thread thread;

    DecisionWatch(KafkaClients clients, String topic, String prefix) {
        this.topic = topic;
        this.prefix = prefix;
        var consumer = clients.atEnd(topic);
        thread = new Thread(() -> {
            try (consumer) {
                while (running) {
                    for (var record : consumer.poll(Duration.ofMillis(50))) {
                        long receivedMillis = System.currentTimeMillis();
                        if (record.value() instanceof ApprovalDecided d && d.getPoNumber().startsWith(prefix)) {
                            count(d, receivedMillis);
                        }
                    }
                }
            }
        }, "decisions-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    private void count(ApprovalDecided d, long receivedMillis) {
        String key = d.getPoNumber() + "/" + d.getStage() + "/" + (d.getShipmentId() == null ? "" : d.getShipmentId());
        if (!seen.add(key)) {
            duplicates.incrementAndGet();
        }
        outcomes.computeIfAbsent(d.getStage() + " " + d.getOutcome(), k -> new AtomicInteger()).incrementAndGet();
        lastNanos.set(System.nanoTime());
        count.incrementAndGet();
        listener.accept(d, receivedMillis);
    }

    void onDecision(BiConsumer<ApprovalDecided, Long> listener) {
        this.listener = listener;
    }

    int count() {
        return count.get();
    }

    int duplicates() {
        return duplicates.get();
    }

    long lastNanos() {
        return lastNanos.get();
    }

    /** "ORDER AUTO_APPROVED=1000, SHIPMENT HELD=3", sorted. */
    String outcomes() {
        return new java.util.TreeMap<>(outcomes).toString();
    }

    Map<String, Integer> outcomeCounts() {
        Map<String, Integer> copy = new java.util.TreeMap<>();
        outcomes.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    /** Waits until {@code expected} decisions arrived, printing progress; false on timeout. */
    boolean await(int expected, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextReport = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (count() < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
            if (System.nanoTime() > nextReport) {
                System.out.printf("    %s: %d of %d decisions on %s%n", what, count(), expected, topic);
                nextReport += Duration.ofSeconds(10).toNanos();
            }
        }
        return count() >= expected;
    }

    static boolean isOrder(ApprovalDecided d) {
        return d.getStage() == DecisionStage.ORDER;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
    }
}
