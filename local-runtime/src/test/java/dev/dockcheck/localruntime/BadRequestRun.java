package dev.dockcheck.localruntime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sends every bad request of every REST endpoint and collects what was answered wrongly. */
final class BadRequestRun {

    private BadRequestRun() {
    }

    /** Every bad request of every endpoint; returns what was answered wrongly. */
    static List<String> run(LocalStack stack, Map<String, String> summary) throws Exception {
        KafkaRest rest = new KafkaRest(stack);
        HostileRequests requests = new HostileRequests(9);
        String poIngest = stack.service(ServiceSpec.PO_INGEST).baseUrl();
        String approval = stack.service(ServiceSpec.APPROVAL).baseUrl();
        Map<String, String> users = new HashMap<>();
        for (String line : Files.readAllLines(stack.credentialsFile())) {
            String[] parts = line.split(":", 2);
            users.put(parts[0], "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (parts[0] + ":" + parts[1]).getBytes(StandardCharsets.UTF_8)));
        }
        Hold hold = awaitHold(rest, approval, users.get("viewer"));
        List<String> problems = new ArrayList<>();
        Map<String, List<HostileRequests.Bad>> byEndpoint = new LinkedHashMap<>();
        byEndpoint.put(poIngest + " POST /api/purchase-orders", requests.purchaseOrders(HostileInputIT.BAD_REQUESTS_PER_ENDPOINT));
        byEndpoint.put(poIngest + " POST /api/shipment-confirmations", requests.shipments(HostileInputIT.BAD_REQUESTS_PER_ENDPOINT));
        byEndpoint.put(poIngest + " PUT /api/catalog/items/{sku}", requests.catalogPut(HostileInputIT.BAD_REQUESTS_PER_ENDPOINT));
        byEndpoint.put(poIngest + " POST /api/catalog/items (CSV)", requests.catalogCsv(HostileInputIT.BAD_REQUESTS_PER_ENDPOINT));
        byEndpoint.put(approval + " POST /api/holds/{id}/approve", requests.decide("approve", hold.id(), hold.etag(),
                users.get("approver"), users.get("viewer"), HostileInputIT.BAD_REQUESTS_PER_ENDPOINT));
        byEndpoint.put(approval + " POST /api/holds/{id}/reject", requests.decide("reject", hold.id(), hold.etag(),
                users.get("approver"), users.get("viewer"), HostileInputIT.BAD_REQUESTS_PER_ENDPOINT));
        byEndpoint.put(approval + " GET /api/holds", requests.listHolds(users.get("viewer"), HostileInputIT.BAD_REQUESTS_PER_ENDPOINT));
        for (var endpoint : byEndpoint.entrySet()) {
            String base = endpoint.getKey().substring(0, endpoint.getKey().indexOf(' '));
            String name = endpoint.getKey().substring(base.length() + 1);
            Map<Integer, Integer> statuses = new java.util.TreeMap<>();
            List<String> wrong = rest.sendAll(base, endpoint.getValue(), statuses);
            wrong.forEach(w -> problems.add(name + ": " + w));
            wrong.forEach(w -> System.out.println("  WRONG " + name + ": " + w));
            summary.put(name, String.format("sent %d bad requests, answers %s, %d wrong", endpoint.getValue().size(),
                    statuses, wrong.size()));
        }
        var after = rest.send("GET", approval + "/api/holds/" + hold.id(), null, null, Map.of("Authorization",
                users.get("viewer")));
        assertThat(after.headers().firstValue("ETag")).as("the hold is unchanged by the bad requests").contains(hold.etag());
        return problems;
    }

    record Hold(String id, String etag) {
    }

    /** The first open hold (the feed's high-value POs are held), with its ETag. */
    private static Hold awaitHold(KafkaRest rest, String approval, String viewer) throws Exception {
        long deadline = System.nanoTime() + HostileInputIT.SETTLE.toNanos();
        java.util.regex.Pattern id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
        while (System.nanoTime() < deadline) {
            var list = rest.send("GET", approval + "/api/holds?status=OPEN", null, null, Map.of("Authorization", viewer));
            var m = id.matcher(list.body());
            if (list.statusCode() == 200 && m.find()) {
                var detail = rest.send("GET", approval + "/api/holds/" + m.group(1), null, null, Map.of("Authorization", viewer));
                return new Hold(m.group(1), detail.headers().firstValue("ETag").orElseThrow());
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("no open hold within " + HostileInputIT.SETTLE);
    }
}
