package dev.dockcheck.localruntime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the pipeline's Spring Boot services: where its executable jar is, its default port, the
 * API paths worth showing, and the command-line overrides that wire it to a broker, a registry and
 * (for the approval-service) PostgreSQL.
 *
 * @param module      the Maven module, which is also the jar's name
 * @param shortName   the name in option {@code --<shortName>-port}
 * @param defaultPort the port in the service's own application.yml
 * @param apiPaths    paths to show in the status table
 */
public record ServiceSpec(String module, String shortName, int defaultPort, List<String> apiPaths) {

    public static final ServiceSpec PO_INGEST = new ServiceSpec("po-ingest-service", "po-ingest", 8081, List.of("/api"));
    public static final ServiceSpec ASN_VALIDATOR = new ServiceSpec("asn-validator-service", "asn-validator", 8082, List.of());
    public static final ServiceSpec LABEL_CHECKER = new ServiceSpec("label-checker-service", "label-checker", 8083, List.of());
    public static final ServiceSpec APPROVAL = new ServiceSpec("approval-service", "approval", 8084,
            List.of("/api/holds", "/swagger-ui.html"));

    public static final List<ServiceSpec> ALL = List.of(PO_INGEST, ASN_VALIDATOR, LABEL_CHECKER, APPROVAL);

    /** Consumer session timeout for local runs; see {@link #arguments(Wiring)}. */
    static final int SESSION_TIMEOUT_MS = 10_000;

    /** {@code <repoRoot>/<module>/target/<module>-exec.jar}, the runnable jar spring-boot-maven-plugin writes. */
    public Path jar(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target").resolve(module + "-exec.jar");
    }

    /**
     * The command-line arguments (after {@code --server.port}) that point the service at its
     * infrastructure.
     *
     * @param wiring where Kafka, the registry and PostgreSQL are, and where Kafka Streams keeps
     *               its state
     */
    public List<String> arguments(Wiring wiring) {
        List<String> args = new ArrayList<>();
        args.add("--spring.kafka.bootstrap-servers=" + wiring.bootstrapServers());
        args.add("--spring.kafka.properties.apicurio.registry.url=" + wiring.registryUrl());
        args.add("--spring.kafka.streams.state-dir=" + wiring.stateDir().resolve(module).toAbsolutePath());
        // Kafka Streams members do not leave their group on close, and a restarted broker keeps the
        // old members until their session times out: with the default 45 s a restarted local stack
        // would process nothing for up to 45 s. 10 s is plenty on one machine.
        args.add("--spring.kafka.streams.properties.session.timeout.ms=" + SESSION_TIMEOUT_MS);
        args.add("--spring.kafka.consumer.properties.session.timeout.ms=" + SESSION_TIMEOUT_MS);
        if (this.equals(APPROVAL)) {
            args.add("--spring.datasource.url=" + wiring.jdbcUrl());
            args.add("--spring.datasource.username=" + wiring.dbUser());
            args.add("--spring.datasource.password=" + wiring.dbPassword());
            args.add("--dockcheck.approval.security.credentials-file=" + wiring.credentialsFile().toAbsolutePath());
        }
        return args;
    }

    /**
     * Where a service finds its infrastructure.
     *
     * @param bootstrapServers Kafka, e.g. {@code 127.0.0.1:9092}
     * @param registryUrl      the Apicurio v2 API, e.g. {@code http://127.0.0.1:8090/apis/registry/v2}
     * @param jdbcUrl          PostgreSQL, for the approval-service
     * @param stateDir         parent of each service's Kafka Streams state directory
     * @param credentialsFile  where the approval-service writes the generated passwords of its
     *                         local users ({@code user:password} lines)
     */
    public record Wiring(String bootstrapServers, String registryUrl, String jdbcUrl, String dbUser,
            String dbPassword, Path stateDir, Path credentialsFile) {
    }
}
