package dev.dockcheck.approval.kafka;

import dev.dockcheck.approval.store.DecisionOutbox.DecisionWritten;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs the outbox relay on a thread of its own: right after a transaction that wrote decisions
 * commits, and otherwise every {@code interval}. The interval is the fallback for what a wake-up
 * cannot see: decisions written by another instance, a round that failed. Wake-ups that arrive
 * while the relay runs collapse into one more round.
 */
public class RelayLoop implements SmartLifecycle {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final OutboxRelay relay;
    private final Duration interval;
    private final BlockingQueue<Boolean> wakeUps = new ArrayBlockingQueue<>(1);
    private volatile boolean running;
    private Thread thread;

    public RelayLoop(OutboxRelay relay, Duration interval) {
        this.relay = relay;
        this.interval = interval;
    }

    /** After the commit of a transaction that wrote decisions (not after a rollback). */
    @TransactionalEventListener(DecisionWritten.class)
    public void decisionsCommitted() {
        wakeUp();
    }

    public void wakeUp() {
        wakeUps.offer(Boolean.TRUE);
    }

    private void run() {
        while (running) {
            // a wake-up that came before this round is served by it: it came after its commit
            wakeUps.clear();
            relay.relayPending();
            try {
                wakeUps.poll(interval.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        wakeUp();
        try {
            if (thread != null) {
                thread.join(STOP_TIMEOUT.toMillis());
                thread.interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }
}
