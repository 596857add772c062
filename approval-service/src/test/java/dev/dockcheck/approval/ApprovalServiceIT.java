package dev.dockcheck.approval;

import static dev.dockcheck.approval.PipelineEvents.check;
import static dev.dockcheck.approval.PipelineEvents.finding;
import static dev.dockcheck.approval.PipelineEvents.published;
import static dev.dockcheck.approval.PipelineEvents.purchaseOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.dockcheck.approval.kafka.OutboxRelay;
import dev.dockcheck.approval.kafka.RelayRig;
import dev.dockcheck.approval.security.LocalUsers;
import dev.dockcheck.approval.store.CheckResultStore;
import dev.dockcheck.approval.store.PurchaseOrderStore;
import dev.dockcheck.approval.store.StageStore;
import dev.dockcheck.events.ApprovalDecided;
import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.CheckType;
import dev.dockcheck.events.DecisionOutcome;
import dev.dockcheck.events.DecisionReason;
import dev.dockcheck.events.DecisionStage;
import dev.dockcheck.events.Severity;
import dev.dockcheck.kafka.DeadLetters;
import dev.dockcheck.kafka.PipelineIntegrationTest;
import dev.dockcheck.kafka.TopicReader;
import dev.dockcheck.schemas.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The approval-service on a real broker, registry and PostgreSQL: automatic decisions, holds,
 * approvers over REST (versions, four-eyes, roles), time-outs, dead letters and metrics. The relay's
 * fallback interval is an hour here, so every decision these tests read was published because its
 * commit woke the relay.
 */
@PipelineIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"dockcheck.approval.check-timeout=3s", "dockcheck.approval.sweep-interval=250ms",
        "dockcheck.approval.relay.interval=1h", "dockcheck.approval.security.credentials-file=target/it/credentials"})
class ApprovalServiceIT {

    static final Duration WAIT = Duration.ofSeconds(20);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, "approval_service_it");
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    MockMvc mvc;

    @Autowired
    LocalUsers users;

    HoldApi api() {
        return new HoldApi(mvc, users);
    }

    void send(String topic, String key, Object value) {
        kafka.executeInTransaction(template -> template.send(topic, key, value));
    }

    ApprovalDecided onlyDecision(String po) {
        List<ApprovalDecided> decisions = published(bootstrapServers, po, 1, WAIT);
        assertThat(decisions).hasSize(1);
        return decisions.get(0);
    }

    String heldPo(String po, String value) {
        send(Topics.PURCHASE_ORDERS.name(), po, purchaseOrder(po, "VEND1", value, 10));
        send(Topics.CHECK_RESULTS.name(), po, check(po, CheckType.UOM_MAPPING, po, CheckOutcome.PASS));
        return onlyDecision(po).getHoldId();
    }

    @Nested
    class AutomaticDecisions {
        @Test
        void holdsAHighValuePoAndApprovesASmallCleanOneAutomatically() {
            send(Topics.PURCHASE_ORDERS.name(), "PO-HIGH", purchaseOrder("PO-HIGH", "VEND1", "25000", 10));
            send(Topics.CHECK_RESULTS.name(), "PO-HIGH", check("PO-HIGH", CheckType.UOM_MAPPING, "PO-HIGH", CheckOutcome.PASS));
            // the check result first, the PO after it, and the result once more: one decision
            var uom = check("PO-SMALL", CheckType.UOM_MAPPING, "PO-SMALL", CheckOutcome.PASS);
            send(Topics.CHECK_RESULTS.name(), "PO-SMALL", uom);
            send(Topics.PURCHASE_ORDERS.name(), "PO-SMALL", purchaseOrder("PO-SMALL", "VEND1", "120.50", 12));
            send(Topics.CHECK_RESULTS.name(), "PO-SMALL", uom);

            ApprovalDecided high = onlyDecision("PO-HIGH");
            ApprovalDecided small = onlyDecision("PO-SMALL");

            assertThat(high.getOutcome()).isEqualTo(DecisionOutcome.HELD);
            assertThat(high.getStage()).isEqualTo(DecisionStage.ORDER);
            assertThat(high.getReasons()).extracting(DecisionReason::getCode).containsExactly("VALUE_ABOVE_THRESHOLD");
            assertThat(high.getHoldId()).isNotNull();
            assertThat(small.getOutcome()).isEqualTo(DecisionOutcome.AUTO_APPROVED);
            assertThat(small.getDecidedBy()).isEqualTo("system");
        }

        @Test
        void holdsAShipmentWhoseSsccFailedWithTheFindings() throws Exception {
            send(Topics.PURCHASE_ORDERS.name(), "PO-SHIP", purchaseOrder("PO-SHIP", "VEND1", "100", 1));
            send(Topics.CHECK_RESULTS.name(), "PO-SHIP", check("PO-SHIP", CheckType.UOM_MAPPING, "PO-SHIP", CheckOutcome.PASS));
            send(Topics.CHECK_RESULTS.name(), "PO-SHIP", check("PO-SHIP", CheckType.ASN_MATCH, "SHIP-1", CheckOutcome.PASS));
            send(Topics.CHECK_RESULTS.name(), "PO-SHIP", check("PO-SHIP", CheckType.SSCC, "SHIP-1", CheckOutcome.FAIL,
                    finding("SSCC_CHECK_DIGIT", Severity.FAIL)));

            List<ApprovalDecided> decisions = published(bootstrapServers, "PO-SHIP", 2, WAIT);

            assertThat(decisions).extracting(ApprovalDecided::getStage, ApprovalDecided::getOutcome)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(DecisionStage.ORDER, DecisionOutcome.AUTO_APPROVED),
                            org.assertj.core.groups.Tuple.tuple(DecisionStage.SHIPMENT, DecisionOutcome.HELD));
            assertThat(decisions.get(1).getShipmentId()).isEqualTo("SHIP-1");
            String detail = api().get(decisions.get(1).getHoldId(), "viewer").getResponse().getContentAsString();
            assertThat(detail).contains("SSCC_CHECK_DIGIT", "CHECK_NOT_PASSED", "\"audit\"", "HELD");
        }

        @Test
        void timesAMissingCheckOutIntoAHold() {
            send(Topics.PURCHASE_ORDERS.name(), "PO-SLOW", purchaseOrder("PO-SLOW", "VEND1", "100", 1));

            ApprovalDecided decided = onlyDecision("PO-SLOW");

            assertThat(decided.getOutcome()).isEqualTo(DecisionOutcome.HELD);
            assertThat(decided.getReasons()).extracting(DecisionReason::getCode).containsExactly("CHECK_MISSING");
            assertThat(decided.getReasons().get(0).getMessage()).contains("UOM_MAPPING");
        }
    }

    @Nested
    class Approvers {
        @Test
        void anApprovalOverRestPublishesExactlyOneDecision() throws Exception {
            String holdId = heldPo("PO-APPROVE", "12000");

            var approved = api().approve(holdId, "approver", api().etag(holdId), "checked with the buyer");

            assertThat(approved.getResponse().getStatus()).isEqualTo(200);
            List<ApprovalDecided> decisions = published(bootstrapServers, "PO-APPROVE", 2, WAIT);
            assertThat(decisions).extracting(ApprovalDecided::getOutcome)
                    .containsExactly(DecisionOutcome.HELD, DecisionOutcome.APPROVED);
            assertThat(decisions.get(1).getDecidedBy()).isEqualTo("approver");
            assertThat(decisions.get(1).getComment()).isEqualTo("checked with the buyer");
            assertThat(api().get(holdId, "viewer").getResponse().getContentAsString())
                    .contains("\"status\":\"APPROVED\"", "checked with the buyer");
        }

        @Test
        void ofTwoConcurrentApprovalsOneWinsAndTheOtherGetsConflict() throws Exception {
            String holdId = heldPo("PO-RACE", "12000");
            String etag = api().etag(holdId);

            List<Integer> statuses = api().concurrently(
                    () -> api().approve(holdId, "approver", etag, "first").getResponse().getStatus(),
                    () -> api().approve(holdId, "approver2", etag, "second").getResponse().getStatus());

            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            assertThat(published(bootstrapServers, "PO-RACE", 2, WAIT)).extracting(ApprovalDecided::getOutcome)
                    .containsExactly(DecisionOutcome.HELD, DecisionOutcome.APPROVED);
        }

        @Test
        void refusesAStaleVersionAndADecidedHold() throws Exception {
            String holdId = heldPo("PO-STALE", "12000");
            String etag = api().etag(holdId);

            var stale = api().approve(holdId, "approver", "\"7\"", null);
            var rejected = api().reject(holdId, "approver", etag, "{\"reason\":\"price is wrong\"}");
            var again = api().approve(holdId, "approver2", api().etag(holdId), null);

            assertThat(stale.getResponse().getStatus()).isEqualTo(409);
            assertThat(stale.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(rejected.getResponse().getStatus()).isEqualTo(200);
            assertThat(again.getResponse().getStatus()).isEqualTo(409);
            assertThat(again.getResponse().getContentAsString()).contains("ALREADY_DECIDED");
        }

        @Test
        void enforcesFourEyesAboveTheSecondThreshold() throws Exception {
            String holdId = heldPo("PO-BIG", "75000");

            var first = api().approve(holdId, "approver", api().etag(holdId), "ok");
            var sameAgain = api().approve(holdId, "approver", api().etag(holdId), "ok again");
            var second = api().approve(holdId, "approver2", api().etag(holdId), "ok too");

            assertThat(first.getResponse().getStatus()).isEqualTo(200);
            assertThat(first.getResponse().getContentAsString()).contains("\"status\":\"OPEN\"");
            assertThat(sameAgain.getResponse().getStatus()).isEqualTo(409);
            assertThat(second.getResponse().getContentAsString()).contains("\"status\":\"APPROVED\"");
            List<ApprovalDecided> decisions = published(bootstrapServers, "PO-BIG", 2, WAIT);
            assertThat(decisions).extracting(ApprovalDecided::getOutcome)
                    .containsExactly(DecisionOutcome.HELD, DecisionOutcome.APPROVED);
            assertThat(decisions.get(1).getDecidedBy()).isEqualTo("approver,approver2");
        }

        @Test
        void answersProblemsWithTheFieldPaths() throws Exception {
            String holdId = heldPo("PO-BAD-REQUEST", "12000");

            var noReason = api().reject(holdId, "approver", api().etag(holdId), "{\"reason\":\" \"}");
            var wrongType = api().reject(holdId, "approver", api().etag(holdId), "{\"reason\":[1]}");
            var noVersion = mvc.perform(post("/api/holds/" + holdId + "/approve").header("Authorization", api().basic("approver")))
                    .andReturn();
            var badFilter = mvc.perform(get("/api/holds?status=MAYBE").header("Authorization", api().basic("viewer"))).andReturn();
            // PostgreSQL cannot hold NUL in text: the filter is refused before it reaches the query (was 500)
            var nulVendor = mvc.perform(get("/api/holds").param("vendor", "nul\u0000").header("Authorization", api().basic("viewer")))
                    .andReturn();

            assertThat(noReason.getResponse().getStatus()).isEqualTo(400);
            assertThat(noReason.getResponse().getContentAsString()).contains("\"path\":\"reason\"").doesNotContain("at dev.");
            assertThat(wrongType.getResponse().getContentAsString()).contains("\"path\":\"reason\"");
            assertThat(noVersion.getResponse().getStatus()).isEqualTo(428);
            assertThat(badFilter.getResponse().getStatus()).isEqualTo(400);
            assertThat(badFilter.getResponse().getContentAsString()).contains("\"path\":\"status\"");
            assertThat(nulVendor.getResponse().getStatus()).isEqualTo(400);
            assertThat(nulVendor.getResponse().getContentAsString()).contains("\"path\":\"vendor\"");
        }

        @Test
        void refusesNulInACommentOrAReasonWithTheFieldPath() throws Exception {
            String holdId = heldPo("PO-NUL-COMMENT", "12000");

            // JSON's escape for NUL: PostgreSQL text cannot hold it, so it must not get that far (was 500)
            var comment = api().approve(holdId, "approver", api().etag(holdId), "fine\\u0000");
            var reason = api().reject(holdId, "approver", api().etag(holdId), "{\"reason\":\"wrong\\u0000\"}");

            assertThat(comment.getResponse().getStatus()).isEqualTo(400);
            assertThat(comment.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(comment.getResponse().getContentAsString()).contains("\"path\":\"comment\"", "NUL");
            assertThat(reason.getResponse().getStatus()).isEqualTo(400);
            assertThat(reason.getResponse().getContentAsString()).contains("\"path\":\"reason\"", "NUL");
            assertThat(api().get(holdId, "viewer").getResponse().getContentAsString()).contains("\"status\":\"OPEN\"");
        }

        @Test
        void listsHoldsByFilterSortedByDeadline() throws Exception {
            heldPo("PO-LIST", "13000");
            String page = mvc.perform(get("/api/holds?status=OPEN&stage=ORDER&vendor=VEND1&size=200")
                    .header("Authorization", api().basic("viewer"))).andReturn().getResponse().getContentAsString();
            String timeline = mvc.perform(get("/api/purchase-orders/PO-LIST")
                    .header("Authorization", api().basic("viewer"))).andReturn().getResponse().getContentAsString();

            assertThat(page).contains("PO-LIST", "\"total\":");
            assertThat(timeline).contains("\"checks\"", "\"holds\"", "\"decisions\"", "UOM_MAPPING", "HELD");
        }
    }

    @Nested
    class Security {
        @Test
        void answers401WithoutCredentialsAnd403ToAViewerWhoDecides() throws Exception {
            String holdId = heldPo("PO-SECURE", "12000");

            var anonymous = mvc.perform(get("/api/holds")).andReturn().getResponse();
            var viewer = api().approve(holdId, "viewer", api().etag(holdId), "me too").getResponse();
            var viewerReads = mvc.perform(get("/api/holds").header("Authorization", api().basic("viewer"))).andReturn();

            assertThat(anonymous.getStatus()).isEqualTo(401);
            assertThat(anonymous.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(viewer.getStatus()).isEqualTo(403);
            assertThat(viewerReads.getResponse().getStatus()).isEqualTo(200);
        }

        @Test
        void checksLocalPasswordsWithCheapBcryptAndDoesNotRehashThemOnLogin(@Autowired UserDetailsService users)
                throws Exception {
            var read = mvc.perform(get("/api/holds").header("Authorization", api().basic("viewer"))).andReturn();

            assertThat(read.getResponse().getStatus()).isEqualTo(200);
            // Spring re-encodes a password at login when its encoding is not the encoder's own ({noop} was,
            // into BCrypt 10: ~90 ms of CPU on every later request); BCrypt 4 stays as it is
            assertThat(users.loadUserByUsername("viewer").getPassword()).startsWith("$2a$04$");
        }

        @Test
        void servesHealthMetricsAndTheApiDocumentWithoutCredentials() throws Exception {
            heldPo("PO-METRICS", "12000");

            var prometheus = mvc.perform(get("/actuator/prometheus")).andReturn().getResponse();
            var docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse();
            var env = mvc.perform(get("/actuator/env").header("Authorization", api().basic("approver"))).andReturn();

            assertThat(prometheus.getStatus()).isEqualTo(200);
            assertThat(prometheus.getContentAsString()).contains("po_holds_open{", "stage=\"ORDER\"",
                    "po_hold_oldest_age_seconds", "po_hold_deadline_remaining_seconds", "po_decisions_total{");
            assertThat(docs.getStatus()).isEqualTo(200);
            assertThat(docs.getContentAsString()).contains("/api/holds/{id}/approve", "/api/purchase-orders/{poNumber}");
            assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
            assertThat(env.getResponse().getStatus()).isEqualTo(404);
        }
    }

    @Nested
    class BadInput {
        @Test
        void sendsUnreadableAndUndecidableRecordsToTheDeadLetterTopic() throws Exception {
            try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrapServers),
                    new StringSerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(Topics.CHECK_RESULTS.name(), "PO-GARBAGE",
                        "not avro".getBytes(StandardCharsets.UTF_8))).get();
            }
            send(Topics.CHECK_RESULTS.name(), "PO-ODD", check("PO-ODD", CheckType.UNKNOWN, "PO-ODD", CheckOutcome.PASS));

            try (TopicReader reader = new TopicReader(bootstrapServers, Topics.CHECK_RESULTS.deadLetterTopic())) {
                var garbage = reader.readUntil(record -> "PO-GARBAGE".equals(record.key()), WAIT);
                var odd = reader.readUntil(record -> "PO-ODD".equals(record.key()), WAIT);
                assertThat(new String(garbage.headers().lastHeader(DeadLetters.REASON_HEADER).value())).isEqualTo("deserialization");
                assertThat(new String(odd.headers().lastHeader(DeadLetters.REASON_HEADER).value())).isEqualTo("unprocessable");
            }
        }
    }

    /** One poll, one database transaction: what happens to the records of a poll that cannot be processed. */
    @Nested
    class PollsOfRecords {

        @Autowired
        MeterRegistry meters;

        @Test
        void keepsTheRestOfAPollWhenOneOfItsRecordsCannotBeStored() {
            List<String> valid = IntStream.rangeClosed(1, 20).mapToObj(i -> "PO-POLL-" + i).toList();
            // one partition, one transaction: the consumer sees them in one poll, the bad one in the middle
            kafka.executeInTransaction(template -> {
                for (int i = 0; i < valid.size(); i++) {
                    if (i == valid.size() / 2) {
                        // PostgreSQL text cannot hold NUL
                        template.send(new ProducerRecord<>(Topics.PURCHASE_ORDERS.name(), 0, "PO-POLL-NUL",
                                purchaseOrder("PO-POLL-NUL", "VEND\u0000", "100", 1)));
                    }
                    template.send(new ProducerRecord<>(Topics.PURCHASE_ORDERS.name(), 0, valid.get(i),
                            purchaseOrder(valid.get(i), "VEND1", "100", 1)));
                }
                return null;
            });
            kafka.executeInTransaction(template -> {
                valid.forEach(po -> template.send(Topics.CHECK_RESULTS.name(), po,
                        check(po, CheckType.UOM_MAPPING, po, CheckOutcome.PASS)));
                return null;
            });

            List<ApprovalDecided> decisions = published(bootstrapServers, po -> po.startsWith("PO-POLL-"), valid.size(), WAIT);
            var dead = deadLetters(Topics.PURCHASE_ORDERS.name(), "PO-POLL-", 1);

            assertThat(decisions).extracting(ApprovalDecided::getPoNumber).containsExactlyInAnyOrderElementsOf(valid);
            assertThat(decisions).extracting(ApprovalDecided::getOutcome).containsOnly(DecisionOutcome.AUTO_APPROVED);
            assertThat(dead).extracting(ConsumerRecord::key).containsExactly("PO-POLL-NUL");
            assertThat(reason(dead.get(0))).isEqualTo("processing");
        }

        @Test
        void decidesEachStageOfAPollOnceWithTheLatestResultOfEachCheck() {
            String newer = "PO-ONEPOLL-NEWER-FIRST";
            String older = "PO-ONEPOLL-OLDER-FIRST";
            String shipped = "PO-ONEPOLL-SHIPPED";
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            Instant before = now.minusSeconds(60);
            CheckCompleted fail = check(newer, CheckType.UOM_MAPPING, newer, CheckOutcome.FAIL, finding("UOM_MISMATCH", Severity.FAIL));
            // one partition, one transaction each: the listeners get each set in one poll
            kafka.executeInTransaction(template -> {
                Stream.of(newer, older, shipped).forEach(po -> template.send(new ProducerRecord<>(
                        Topics.PURCHASE_ORDERS.name(), 0, po, purchaseOrder(po, "VEND1", "100", 1))));
                return null;
            });
            kafka.executeInTransaction(template -> {
                List.of(
                        // the latest result first, then an older FAIL of the same check: it changes nothing
                        checkedAt(check(newer, CheckType.UOM_MAPPING, newer, CheckOutcome.PASS), now),
                        checkedAt(fail, before),
                        // a FAIL, then a newer PASS of the same check: the stage is decided once, on the PASS
                        checkedAt(check(older, CheckType.UOM_MAPPING, older, CheckOutcome.FAIL, finding("UOM_MISMATCH", Severity.FAIL)), before),
                        checkedAt(check(older, CheckType.UOM_MAPPING, older, CheckOutcome.PASS), now),
                        // both stages of a PO, the shipment's two checks together
                        checkedAt(check(shipped, CheckType.UOM_MAPPING, shipped, CheckOutcome.PASS), now),
                        checkedAt(check(shipped, CheckType.ASN_MATCH, "SHIP-ONEPOLL", CheckOutcome.PASS), now),
                        checkedAt(check(shipped, CheckType.SSCC, "SHIP-ONEPOLL", CheckOutcome.PASS), now))
                        .forEach(result -> template.send(new ProducerRecord<>(Topics.CHECK_RESULTS.name(), 0,
                                result.getPoNumber(), result)));
                return null;
            });

            List<ApprovalDecided> decisions = published(bootstrapServers, po -> po.startsWith("PO-ONEPOLL-"), 4, WAIT);

            assertThat(decisions).extracting(d -> d.getPoNumber() + " " + d.getStage() + " " + d.getOutcome())
                    .containsExactlyInAnyOrder(newer + " ORDER AUTO_APPROVED", older + " ORDER AUTO_APPROVED",
                            shipped + " ORDER AUTO_APPROVED", shipped + " SHIPMENT AUTO_APPROVED");
        }

        private static CheckCompleted checkedAt(CheckCompleted result, Instant at) {
            return CheckCompleted.newBuilder(result).setCheckedAt(at).build();
        }

        @Test
        void deadLettersUnreadableRecordsOnceEachWithoutHoldingUpThePoll() throws Exception {
            int unreadable = 300;
            double countedBefore = counted(Topics.CHECK_RESULTS.name(), "deserialization");
            try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrapServers),
                    new StringSerializer(), new ByteArraySerializer())) {
                for (int i = 0; i < unreadable; i++) {
                    producer.send(new ProducerRecord<>(Topics.CHECK_RESULTS.name(), 0, "PO-JUNK-" + i,
                            ("junk " + i).getBytes(StandardCharsets.UTF_8)));
                }
            }
            kafka.executeInTransaction(template -> template.send(new ProducerRecord<>(Topics.CHECK_RESULTS.name(), 0,
                    "PO-AFTER-JUNK", check("PO-AFTER-JUNK", CheckType.UOM_MAPPING, "PO-AFTER-JUNK", CheckOutcome.PASS))));

            // a rollback and a seek per unreadable record (~120 ms each) took longer than WAIT for these
            var dead = deadLetters(Topics.CHECK_RESULTS.name(), "PO-JUNK-", unreadable);

            assertThat(dead).hasSize(unreadable).extracting(ApprovalServiceIT::reason).containsOnly("deserialization");
            assertThat(dead).extracting(ConsumerRecord::key).doesNotHaveDuplicates();
            assertThat(counted(Topics.CHECK_RESULTS.name(), "deserialization") - countedBefore).isEqualTo(unreadable);
            // the readable record behind them in the same partition was stored
            assertThat(mvc.perform(get("/api/purchase-orders/PO-AFTER-JUNK").header("Authorization", api().basic("viewer")))
                    .andReturn().getResponse().getContentAsString()).contains("UOM_MAPPING");
        }

        double counted(String topic, String reason) {
            var counter = meters.find(DeadLetters.METRIC).tags("topic", topic, "reason", reason).counter();
            return counter == null ? 0 : counter.count();
        }
    }

    /** The dead letters of {@code topic} whose key starts with {@code keyPrefix}: at least {@code expected}, then a second more. */
    List<ConsumerRecord<String, byte[]>> deadLetters(String topic, String keyPrefix, int expected) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        Instant deadline = Instant.now().plus(WAIT);
        try (TopicReader reader = new TopicReader(bootstrapServers, topic + "-dlt")) {
            while (found.size() < expected && Instant.now().isBefore(deadline)) {
                reader.read(1, Duration.ofMillis(500)).stream()
                        .filter(record -> record.key() != null && record.key().startsWith(keyPrefix)).forEach(found::add);
            }
            // a duplicate would show up now
            reader.readFor(Duration.ofSeconds(1)).stream()
                    .filter(record -> record.key() != null && record.key().startsWith(keyPrefix)).forEach(found::add);
        }
        return found;
    }

    static String reason(ConsumerRecord<String, byte[]> deadLetter) {
        return new String(deadLetter.headers().lastHeader(DeadLetters.REASON_HEADER).value(), StandardCharsets.UTF_8);
    }

    /** The outbox relay on a database of its own, so that the service's relay stays out of it. */
    /**
     * What a poll costs PostgreSQL: its lookups read the poll's rows through the primary keys,
     * whatever the planner's statistics say, and however many stages wait.
     */
    @Nested
    class PollQueries {

        @Autowired
        JdbcTemplate jdbc;

        @Autowired
        TransactionTemplate transactions;

        @Autowired
        PurchaseOrderStore orders;

        @Autowired
        CheckResultStore results;

        @Autowired
        StageStore stages;

        @Test
        void readOnlyThePollsRowsOnAFreshlyFilledUnanalysedDatabase() {
            // thousands of rows written since the last analyse, as in the first minutes of a new database
            fill("PO-PLAN-", 3000, 0);

            assertReadOnlyThePollsRows(lookups("PO-PLAN-"));
        }

        @Test
        void readOnlyThePollsRowsWhenAnalysedWithABacklogOfWaitingStages() {
            // statistics that say nearly every stage is decided, then a burst leaves thousands waiting
            fill("PO-DONE-", 3000, 10);
            jdbc.update("update stage set decided_at = now(), outcome = 'AUTO_APPROVED' where po_number like 'PO-DONE-%'");
            jdbc.execute("analyze stage, check_result, purchase_order");
            fill("PO-BACKLOG-", 3000, 0);

            assertReadOnlyThePollsRows(lookups("PO-BACKLOG-"));
        }

        /** No table read whole, and not many more rows fetched than the 300 POs, 900 results and 300 stages. */
        private void assertReadOnlyThePollsRows(Map<String, Long> counts) {
            assertThat(counts).as("per table: %s", counts)
                    .containsEntry("purchase_order seqScans", 0L).containsEntry("check_result seqScans", 0L)
                    .containsEntry("stage seqScans", 0L);
            assertThat(counts.get("purchase_order rowsFetched")).as("per table: %s", counts).isLessThanOrEqualTo(2 * 300L);
            assertThat(counts.get("check_result rowsFetched")).as("per table: %s", counts).isLessThanOrEqualTo(2 * 900L);
            assertThat(counts.get("stage rowsFetched")).as("per table: %s", counts).isLessThanOrEqualTo(2 * 300L);
        }

        /** {@code count} POs under {@code prefix}, each with its three results and {@code 1 + shipments} waiting stages. */
        private void fill(String prefix, int count, int shipments) {
            jdbc.update("""
                    insert into purchase_order (po_number, vendor_code, order_date, acknowledge_by, total_units,
                        total_value, currency, received_at)
                    select ? || i, 'VEND1', now(), now(), 1, 1, 'USD', now() from generate_series(1, ?) i""", prefix, count);
            jdbc.update("""
                    insert into check_result (po_number, check_type, subject_id, outcome, findings, checked_at, received_at)
                    select ? || i, t, 'S-' || i, 'PASS', '[]', now(), now()
                    from generate_series(1, ?) i, unnest(array['UOM_MAPPING', 'ASN_MATCH', 'SSCC']) t""", prefix, count);
            jdbc.update("""
                    insert into stage (po_number, stage, shipment_id, opened_at, due_at)
                    select ? || i, case when s = 0 then 'ORDER' else 'SHIPMENT' end, case when s = 0 then '' else 'S-' || s end,
                        now(), now() + interval '1 hour'
                    from generate_series(1, ?) i, generate_series(0, ?) s""", prefix, count, shipments);
        }

        /** A poll's three lookups over 300 of the POs, in one transaction, and what they did to each table. */
        private Map<String, Long> lookups(String prefix) {
            List<String> poll = IntStream.rangeClosed(1, 300).mapToObj(i -> prefix + (i * 7)).toList();
            return transactions.execute(status -> {
                // the backend's counts not reported yet: this transaction's, and earlier ones' on this connection
                Map<String, Long> before = tableCounts();
                assertThat(orders.findAll(poll)).hasSize(300);
                assertThat(results.forPos(poll)).hasSize(300).allSatisfy((po, found) -> assertThat(found).hasSize(3));
                assertThat(stages.lockWaiting(poll)).hasSize(300);
                Map<String, Long> counts = tableCounts();
                counts.replaceAll((name, after) -> after - before.getOrDefault(name, 0L));
                return counts;
            });
        }

        /** Per table: sequential scans, and rows fetched through indexes. */
        private Map<String, Long> tableCounts() {
            Map<String, Long> counts = new TreeMap<>();
            jdbc.query("""
                    select relname, seq_scan, idx_tup_fetch from pg_stat_xact_user_tables
                    where relname in ('purchase_order', 'check_result', 'stage')""", (ResultSet rs) -> {
                counts.put(rs.getString(1) + " seqScans", rs.getLong(2));
                counts.put(rs.getString(1) + " rowsFetched", rs.getLong(3));
            });
            return counts;
        }
    }

    @Nested
    class ExactlyOncePublishing {

        @Autowired
        org.springframework.boot.kafka.autoconfigure.KafkaProperties kafkaProperties;

        @Autowired
        tools.jackson.databind.json.JsonMapper json;

        RelayRig rig(String database) {
            return new RelayRig(EmbeddedPostgresSupport.jdbcUrl(database), kafkaProperties.buildProducerProperties(),
                    kafkaProperties.buildConsumerProperties(), json);
        }

        @Test
        void publishesADecisionCommittedBeforeACrashOnceAfterTheRestart() {
            RelayRig rig = rig("outbox_crash_before");
            rig.commitDecision("PO-CRASH-BEFORE");
            OutboxRelay dying = rig.relay(rig::producerDyingBeforePublishing);

            assertThat(dying.relayPending()).isZero();
            dying.close();
            OutboxRelay restarted = rig.relay(rig::healthyProducer);
            int published = restarted.relayPending();
            restarted.close();

            assertThat(published).isEqualTo(1);
            assertThat(rig.recordedAsPublished("PO-CRASH-BEFORE")).isTrue();
            assertThat(published(bootstrapServers, "PO-CRASH-BEFORE", 1, WAIT)).hasSize(1);
        }

        @Test
        void doesNotPublishAgainWhenTheRelayDiedBetweenPublishingAndRecording() {
            RelayRig rig = rig("outbox_crash_after");
            rig.commitDecision("PO-CRASH-AFTER");
            OutboxRelay dying = rig.relay(rig::producerDyingAfterPublishing);

            dying.relayPending();
            boolean recordedBeforeRestart = rig.recordedAsPublished("PO-CRASH-AFTER");
            dying.close();
            OutboxRelay restarted = rig.relay(rig::healthyProducer);
            int publishedAfterRestart = restarted.relayPending();
            restarted.close();

            assertThat(recordedBeforeRestart).isFalse();
            assertThat(publishedAfterRestart).isZero();
            assertThat(rig.recordedAsPublished("PO-CRASH-AFTER")).isTrue();
            assertThat(published(bootstrapServers, "PO-CRASH-AFTER", 1, WAIT)).hasSize(1);
        }
    }

    @Test
    void writesTheLocalCredentialsFile() throws Exception {
        String file = java.nio.file.Files.readString(java.nio.file.Path.of("target/it/credentials"));
        assertThat(file.lines().toList()).containsExactly("approver:" + users.password("approver"),
                "approver2:" + users.password("approver2"), "viewer:" + users.password("viewer"));
        assertThat(Base64.getUrlDecoder().decode(users.password("viewer"))).hasSize(18);
    }
}
