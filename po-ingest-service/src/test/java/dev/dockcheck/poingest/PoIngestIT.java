package dev.dockcheck.poingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.dockcheck.events.CatalogItem;
import dev.dockcheck.events.CheckCompleted;
import dev.dockcheck.events.CheckOutcome;
import dev.dockcheck.events.Finding;
import dev.dockcheck.kafka.PipelineIntegrationTest;
import dev.dockcheck.kafka.DeadLetters;
import dev.dockcheck.kafka.LargeRecords;
import dev.dockcheck.poingest.kafka.Avro;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.KafkaTemplate;
import dev.dockcheck.kafka.TopicReader;
import dev.dockcheck.schemas.Topics;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * REST → Kafka → UoM check → check-results on a real broker and the real registry; unreadable
 * inbound records go to purchase-orders.inbound-dlt with their reason, and the check goes on.
 */
@PipelineIntegrationTest
@AutoConfigureMockMvc
class PoIngestIT {

    static final String ORDER_FILE = "spapi/usecase_PO_invalidLineItem_Cases_unitSize5_order.json";
    static final String SKU = "028877454078";

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    MockMvc mvc;

    @Autowired
    KafkaProperties kafka;

    @Autowired
    KafkaTemplate<String, Object> template;

    @Autowired
    MeterRegistry meters;

    /** The service's own Tomcat factory, as customised; the test starts a server from it on a free port. */
    @Autowired
    TomcatServletWebServerFactory tomcat;

    @Test
    void checksRestOrdersAgainstTheCurrentCatalogOncePerRevision() throws Exception {
        putCatalogItem(5);
        postOrder(order("L8266355", null)).andExpect(jsonPath("$.records[0].topic").value("purchase-orders.inbound"))
                .andExpect(jsonPath("$.records[0].key").value("L8266355"))
                .andExpect(jsonPath("$.records[0].offset").isNumber());
        assertThat(nextResult("L8266355").getOutcome()).isEqualTo(CheckOutcome.PASS);

        putCatalogItem(12);
        postOrder(order("L8266356", null));
        CheckCompleted afterCatalogChange = nextResult("L8266356");
        assertThat(afterCatalogChange.getOutcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(afterCatalogChange.getFindings()).extracting(Finding::getCode).containsExactly("CASE_PACK_MISMATCH");

        postOrder(order("L8266355", null));
        postOrder(order("L8266355", "2019-07-17T08:00:00Z"));
        List<CheckCompleted> forFirstPo = resultsUntilChange("L8266355");
        assertThat(forFirstPo).hasSize(2);
        assertThat(forFirstPo.get(1).getFindings()).extracting(Finding::getCode).contains("PO_CHANGED");
    }

    @Test
    void answersBadDocumentsWithProblemJsonNamingEveryField() throws Exception {
        String body = order("L1", null).replace("\"amount\": \"10\"", "\"amount\": \"-10\"")
                .replace("\"unitOfMeasure\": \"Cases\"", "\"unitOfMeasure\": \"Pallets\"");

        mvc.perform(post("/api/purchase-orders").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].path").value("$.order.orderDetails.items[0].orderedQuantity.amount"))
                .andExpect(jsonPath("$.errors[1].path").value("$.order.orderDetails.items[0].orderedQuantity.unitOfMeasure"))
                .andExpect(jsonPath("$.trace").doesNotExist());
        mvc.perform(post("/api/purchase-orders").contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("$"));
        mvc.perform(post("/api/purchase-orders").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"order\":\"" + "x".repeat(1_100_000) + "\"}"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void refusesJsonEndpointsABodyOfAnotherMediaTypeWith415ProblemJson() throws Exception {
        String body = order("L2", null);
        for (var request : List.of(post("/api/purchase-orders").contentType(MediaType.TEXT_PLAIN),
                post("/api/purchase-orders").contentType("text/csv"),
                post("/api/purchase-orders").contentType(MediaType.APPLICATION_FORM_URLENCODED),
                post("/api/shipment-confirmations").contentType(MediaType.APPLICATION_XML),
                put("/api/catalog/items/SKU-415").contentType(MediaType.TEXT_PLAIN))) {
            mvc.perform(request.content(body)).andExpect(status().isUnsupportedMediaType())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(415));
        }
        mvc.perform(post("/api/purchase-orders").contentType("application/vnd.amazon+json").content(body))
                .andExpect(status().isAccepted());
    }

    @Test
    void answersAPathThatTomcatRefusesWithProblemJson() throws Exception {
        tomcat.setPort(0);
        WebServer server = tomcat.getWebServer();
        server.start();
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.getOutputStream().write("GET /api/catalog/items/SKU%00X HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/problem+json")
                    .contains("\"status\":400").doesNotContain("<html");
        } finally {
            server.stop();
        }
    }

    @Test
    void publishesShipmentConfirmationsKeyedByShipmentIdentifier() throws Exception {
        mvc.perform(post("/api/shipment-confirmations").contentType(MediaType.APPLICATION_JSON)
                        .content(resource("spapi/vendorShipments_submitShipmentConfirmations_202_sandbox_requestBody.json")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.records[0].topic").value("shipment-confirmations"))
                .andExpect(jsonPath("$.records[0].key").value("TestShipmentConfirmation202"));

        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.SHIPMENT_CONFIRMATIONS.name())) {
            assertThat(reader.readUntil(r -> "TestShipmentConfirmation202".equals(r.key()), Duration.ofSeconds(30)))
                    .isNotNull();
        }
    }

    @Test
    void importsTheCatalogFromCsvAndRejectsBadRows() throws Exception {
        String csv = "vendorSku,asin,gtin,eachesPerCase,casesPerPallet,caseOnly,unitCost,currencyCode\n"
                + "CSV-1,B000CSV001,,24,40,true,1.25,USD\nCSV-2,,,6,,,,\n";
        mvc.perform(post("/api/catalog/items").contentType("text/csv").content(csv))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.accepted").value(2));
        awaitCatalog("CSV-1", "\"eachesPerCase\":24");

        mvc.perform(post("/api/catalog/items").contentType("text/csv").content(csv.replace(",24,", ",none,")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("$[0].eachesPerCase"));
        mvc.perform(get("/api/catalog/items/NOT-THERE")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void deadLettersUnreadableRecordsAndChecksTheNextPo() throws Exception {
        byte[] garbage = "not avro".getBytes(StandardCharsets.UTF_8);
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrapServers),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.PURCHASE_ORDERS_INBOUND.name(), "PO-BAD", garbage)).get();
        }
        template.executeInTransaction(t -> t.send(Topics.PURCHASE_ORDERS_INBOUND.name(), "PO-GOOD",
                Avro.order("PO-GOOD", null, Avro.casesOf("UNKNOWN-SKU", 1, 6, "1.00"))));

        ConsumerRecord<String, byte[]> deadLetter;
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.PURCHASE_ORDERS_INBOUND.deadLetterTopic())) {
            deadLetter = reader.readUntil(r -> "PO-BAD".equals(r.key()), Duration.ofSeconds(30));
        }
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.CHECK_RESULTS.name())) {
            assertThat(reader.readUntil(r -> "PO-GOOD".equals(r.key()), Duration.ofSeconds(30))).isNotNull();
        }
        assertThat(deadLetter.value()).isEqualTo(garbage);
        assertThat(new String(deadLetter.headers().lastHeader(DeadLetters.REASON_HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo("deserialization");
        assertThat(meters.find(DeadLetters.METRIC).tag("topic", "purchase-orders.inbound")
                .tag("reason", "deserialization").counter().count()).isEqualTo(1.0);
        assertThat(meters.find("po.checks").tag("check", "UOM_MAPPING").tag("outcome", "FAIL").counter().count())
                .isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void deadLettersAPoWhoseOutputWouldBeTooLargeAndChecksTheNextPo() throws Exception {
        String hugeSku = LargeRecords.randomLetters(3 * 1024 * 1024);
        LargeRecords.acceptUpTo16MiB(bootstrapServers, Topics.PURCHASE_ORDERS_INBOUND.name());
        LargeRecords.send(kafka, Topics.PURCHASE_ORDERS_INBOUND.name(), "PO-HUGE",
                Avro.order("PO-HUGE", null, Avro.casesOf(hugeSku, 1, 6, "1.00")));
        template.executeInTransaction(t -> t.send(Topics.PURCHASE_ORDERS_INBOUND.name(), "PO-AFTER-HUGE",
                Avro.order("PO-AFTER-HUGE", null, Avro.casesOf("UNKNOWN-SKU", 1, 6, "1.00"))));

        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.CHECK_RESULTS.name())) {
            assertThat(reader.readUntil(r -> "PO-AFTER-HUGE".equals(r.key()), Duration.ofSeconds(60))).isNotNull();
        }
        List<ConsumerRecord<String, byte[]>> deadLetters;
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.PURCHASE_ORDERS_INBOUND.deadLetterTopic())) {
            deadLetters = reader.readFor(Duration.ofSeconds(3)).stream().filter(r -> "PO-HUGE".equals(r.key())).toList();
        }
        assertThat(deadLetters).hasSize(1);
        ConsumerRecord<String, byte[]> deadLetter = deadLetters.get(0);
        assertThat(deadLetter.value().length).isGreaterThan(3 * 1024 * 1024);
        assertThat(header(deadLetter, DeadLetters.REASON_HEADER)).isEqualTo("unprocessable");
        assertThat(header(deadLetter, "kafka_dlt-exception-message")).contains("OversizedRecordException", "exceeds");
        assertThat(header(deadLetter, "kafka_dlt-original-topic")).isEqualTo("purchase-orders.inbound");
        assertThat(meters.find(DeadLetters.METRIC).tag("topic", "purchase-orders.inbound")
                .tag("reason", "unprocessable").counter().count()).isEqualTo(1.0);
    }

    @Test
    void deadLettersARecordWithoutValueAndAnOverlongPoNumberAndChecksTheNextPo() throws Exception {
        String overlong = "P".repeat(257);
        template.executeInTransaction(t -> {
            t.send(Topics.PURCHASE_ORDERS_INBOUND.name(), "PO-TOMBSTONE", null);
            t.send(Topics.PURCHASE_ORDERS_INBOUND.name(), "PO-OVERLONG",
                    Avro.order(overlong, null, Avro.casesOf("UNKNOWN-SKU", 1, 6, "1.00")));
            return t.send(Topics.PURCHASE_ORDERS_INBOUND.name(), "PO-AFTER-UNCHECKABLE",
                    Avro.order("PO-AFTER-UNCHECKABLE", null, Avro.casesOf("UNKNOWN-SKU", 1, 6, "1.00")));
        });

        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.CHECK_RESULTS.name())) {
            assertThat(reader.readUntil(r -> "PO-AFTER-UNCHECKABLE".equals(r.key()), Duration.ofSeconds(60))).isNotNull();
        }
        Map<String, String> reasons = new java.util.HashMap<>();
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.PURCHASE_ORDERS_INBOUND.deadLetterTopic())) {
            reader.readFor(Duration.ofSeconds(3)).stream().filter(r -> r.key().startsWith("PO-TOMBSTONE")
                    || r.key().startsWith("PO-OVERLONG")).forEach(r -> reasons.put(r.key(),
                    header(r, DeadLetters.REASON_HEADER) + ": " + header(r, "kafka_dlt-exception-message")));
        }
        assertThat(reasons).hasSize(2);
        assertThat(reasons.get("PO-TOMBSTONE")).startsWith("unprocessable").contains("has no value");
        assertThat(reasons.get("PO-OVERLONG")).startsWith("unprocessable").contains("purchaseOrderNumber is 257");
    }

    @Test
    void storesACatalogItemOfSeveralMegabytesAndKeepsReadingTheCatalog() throws Exception {
        // the global store has no changelog: a value the broker took must fit, or the global thread dies
        LargeRecords.acceptUpTo16MiB(bootstrapServers, Topics.CATALOG_ITEMS.name());
        LargeRecords.send(kafka, Topics.CATALOG_ITEMS.name(), "SKU-HUGE", CatalogItem.newBuilder(
                Avro.catalogItem("SKU-HUGE", 6, "1.00")).setAsin(LargeRecords.randomLetters(3 * 1024 * 1024)).build());
        template.executeInTransaction(t -> t.send(Topics.CATALOG_ITEMS.name(), "SKU-AFTER-HUGE",
                Avro.catalogItem("SKU-AFTER-HUGE", 7, "1.00")));

        awaitCatalog("SKU-AFTER-HUGE", "\"eachesPerCase\":7,");
        var huge = mvc.perform(get("/api/catalog/items/SKU-HUGE")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(huge.getContentAsString().length()).isGreaterThan(3 * 1024 * 1024);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private void putCatalogItem(int eachesPerCase) throws Exception {
        mvc.perform(put("/api/catalog/items/" + SKU).contentType(MediaType.APPLICATION_JSON).content(
                "{\"asin\":\"ABC123434\",\"eachesPerCase\":" + eachesPerCase + ",\"unitCost\":{\"amount\":\"10.20\",\"currencyCode\":\"USD\"}}"))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.records[0].topic").value("catalog.items"));
        awaitCatalog(SKU, "\"eachesPerCase\":" + eachesPerCase + ",");
    }

    private void awaitCatalog(String sku, String expected) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            var response = mvc.perform(get("/api/catalog/items/" + sku)).andReturn().getResponse();
            if (response.getStatus() == 200 && response.getContentAsString().contains(expected)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("catalog item " + sku + " never showed " + expected);
    }

    private org.springframework.test.web.servlet.ResultActions postOrder(String body) throws Exception {
        return mvc.perform(post("/api/purchase-orders").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isAccepted());
    }

    private static String order(String number, String changedDate) throws IOException {
        String body = resource(ORDER_FILE).replace(" L8266355", " " + number);
        return changedDate == null ? body : body.replace("\"purchaseOrderType\"",
                "\"purchaseOrderChangedDate\": \"" + changedDate + "\", \"purchaseOrderType\"");
    }

    private static String resource(String path) throws IOException {
        return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
    }

    private CheckCompleted nextResult(String poNumber) {
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.CHECK_RESULTS.name())) {
            return decode(reader.readUntil(r -> poNumber.equals(r.key()), Duration.ofSeconds(30)));
        }
    }

    private List<CheckCompleted> resultsUntilChange(String poNumber) {
        List<CheckCompleted> seen = new ArrayList<>();
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.CHECK_RESULTS.name())) {
            reader.readUntil(r -> {
                if (!poNumber.equals(r.key())) {
                    return false;
                }
                CheckCompleted result = decode(r);
                seen.add(result);
                return result.getFindings().stream().anyMatch(f -> f.getCode().equals("PO_CHANGED"));
            }, Duration.ofSeconds(30));
        }
        return seen;
    }

    CheckCompleted decode(ConsumerRecord<String, byte[]> record) {
        try (var deserializer = new AvroKafkaDeserializer<CheckCompleted>()) {
            var config = new HashMap<>(kafka.buildConsumerProperties());
            config.put("apicurio.registry.use-specific-avro-reader", true);
            deserializer.configure(config, false);
            return deserializer.deserialize(record.topic(), record.value());
        }
    }
}
