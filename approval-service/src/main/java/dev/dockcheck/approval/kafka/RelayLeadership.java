package dev.dockcheck.approval.kafka;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One relay at a time, across instances: the leader holds a PostgreSQL session advisory lock on a
 * connection of its own. When the leader dies, its connection dies and the lock is free again.
 */
public class RelayLeadership implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RelayLeadership.class);
    private static final String LOCK = "select pg_try_advisory_lock(hashtext('approval-service-outbox-relay'))";

    private final DataSource dataSource;
    private Connection connection;

    public RelayLeadership(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True while this instance leads; tries to become leader when it does not. */
    public synchronized boolean holdOrAcquire() {
        try {
            if (connection != null && connection.isValid(2)) {
                return true;
            }
            close();
            Connection candidate = dataSource.getConnection();
            candidate.setAutoCommit(true);
            try (var statement = candidate.createStatement(); var result = statement.executeQuery(LOCK)) {
                if (result.next() && result.getBoolean(1)) {
                    connection = candidate;
                    log.info("This instance now relays the decision outbox");
                    return true;
                }
            }
            candidate.close();
            return false;
        } catch (SQLException e) {
            log.warn("Relay leadership check failed: {}", e.getMessage());
            close();
            return false;
        }
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the lock goes with the session either way
            }
            connection = null;
        }
    }
}
