package dev.dockcheck.localruntime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * Apache Kafka's own KRaft server (one node, broker and controller) in this JVM, on fixed ports on
 * 127.0.0.1, with its data kept in a directory across restarts.
 *
 * <p>Layout of {@code dir}: {@code cluster.id} (made once, reused on every restart),
 * {@code server.properties} (written on each start) and {@code data/} (the log dir, formatted once
 * with {@code kafka.tools.StorageTool format --ignore-formatted}).
 */
public final class KafkaBroker implements AutoCloseable {

    private final KafkaRaftServer server;
    private final int port;
    private boolean closed;

    private KafkaBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Formats the storage if needed and starts the server; returns when it is started.
     *
     * @param port           the PLAINTEXT listener, for clients
     * @param controllerPort the KRaft controller listener
     * @param dir            where the cluster id, the config and the data go
     */
    public static KafkaBroker start(int port, int controllerPort, Path dir) throws IOException {
        Files.createDirectories(dir);
        Properties props = properties(port, controllerPort, dir.resolve("data").toAbsolutePath());
        Path config = dir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            props.store(out, "written by dockcheck local-runtime on each start");
        }
        format(clusterId(dir), config);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            throw new IOException("Kafka did not start: " + e.getMessage(), e);
        }
        return new KafkaBroker(server, port);
    }

    /** The server's configuration; replication factors of 1 suit a single node. */
    static Properties properties(int port, int controllerPort, Path logDir) {
        Properties props = new Properties();
        props.setProperty("process.roles", "broker,controller");
        props.setProperty("node.id", "1");
        props.setProperty("controller.quorum.voters", "1@" + Ports.HOST + ":" + controllerPort);
        props.setProperty("listeners", "PLAINTEXT://" + Ports.HOST + ":" + port + ",CONTROLLER://" + Ports.HOST + ":"
                + controllerPort);
        props.setProperty("advertised.listeners", "PLAINTEXT://" + Ports.HOST + ":" + port);
        props.setProperty("controller.listener.names", "CONTROLLER");
        props.setProperty("inter.broker.listener.name", "PLAINTEXT");
        props.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.setProperty("log.dirs", logDir.toString());
        props.setProperty("offsets.topic.replication.factor", "1");
        props.setProperty("offsets.topic.num.partitions", "5");
        props.setProperty("transaction.state.log.replication.factor", "1");
        props.setProperty("transaction.state.log.min.isr", "1");
        props.setProperty("transaction.state.log.num.partitions", "5");
        props.setProperty("share.coordinator.state.topic.replication.factor", "1");
        props.setProperty("share.coordinator.state.topic.min.isr", "1");
        props.setProperty("group.initial.rebalance.delay.ms", "0");
        props.setProperty("num.partitions", "3");
        return props;
    }

    /** The cluster id in {@code dir/cluster.id}, made on first use. */
    static String clusterId(Path dir) throws IOException {
        Path file = dir.resolve("cluster.id");
        if (Files.isRegularFile(file)) {
            String id = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (!id.isEmpty()) {
                return id;
            }
        }
        String id = Uuid.randomUuid().toString();
        Files.writeString(file, id + System.lineSeparator(), StandardCharsets.UTF_8);
        return id;
    }

    private static void format(String clusterId, Path config) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int code;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            code = StorageTool.execute(new String[] {"format", "-t", clusterId, "-c", config.toString(),
                    "--ignore-formatted"}, out);
        } catch (RuntimeException e) {
            throw new IOException("Formatting Kafka storage failed: " + e.getMessage(), e);
        }
        if (code != 0) {
            throw new IOException("Formatting Kafka storage failed (" + code + "): " + output.toString(StandardCharsets.UTF_8));
        }
    }

    public int port() {
        return port;
    }

    /** {@code 127.0.0.1:<port>}. */
    public String bootstrapServers() {
        return Ports.HOST + ":" + port;
    }

    /** Shuts the server down and waits for it. Calling it again does nothing. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            server.shutdown();
            server.awaitShutdown();
        }
    }
}
