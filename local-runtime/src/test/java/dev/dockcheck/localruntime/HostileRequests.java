package dev.dockcheck.localruntime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Bad REST requests, at least {@code count} per endpoint: malformed JSON, wrong types, missing
 * fields, odd Unicode, bodies above the 1 MB limit and wrong content types. Each names the field
 * path the answer must report ({@code null} when the whole body is the problem).
 */
final class HostileRequests {

    /** One bad request. {@code pathSuffix}: the end of an {@code errors[].path} the 4xx answer must hold. */
    record Bad(String endpoint, String method, String path, String contentType, String body, Map<String, String> headers,
            String pathSuffix) {
    }

    static final String ORDER = """
            {"order":{"purchaseOrderNumber":%s,"orderDetails":{"purchaseOrderDate":%s,"purchaseOrderType":"RegularOrder",\
            "sellingParty":{"partyId":%s},"shipToParty":{"partyId":"RNO1"},"items":[{"itemSequenceNumber":"1",\
            "vendorProductIdentifier":"DOCK-0001","orderedQuantity":{"amount":%s,"unitOfMeasure":%s,"unitSize":1},\
            "netCost":{"amount":"2.5","currencyCode":"USD"}}]}}}""";
    static final String SHIPMENT = """
            {"shipmentConfirmations":[{"shipmentIdentifier":%s,"shipmentConfirmationType":%s,\
            "shipmentConfirmationDate":%s,"sellingParty":{"partyId":"DOCK1"},"shippedItems":[{"itemSequenceNumber":"1",\
            "vendorProductIdentifier":"DOCK-0001","shippedQuantity":{"amount":%s,"unitOfMeasure":"Eaches","unitSize":1},\
            "itemDetails":{"purchaseOrderNumber":"HOSTILE-REST"}}],"cartons":[{"cartonIdentifiers":[\
            {"containerIdentificationType":"SSCC","containerIdentificationNumber":"00006141410000000018"}],\
            "cartonSequenceNumber":"1","items":[{"itemReference":"1","shippedQuantity":{"amount":%s,\
            "unitOfMeasure":"Eaches","unitSize":1}}]}]}]}""";
    static final String CATALOG = """
            {"asin":"B0HOSTILE1","gtin":%s,"eachesPerCase":%s,"casesPerPallet":40,"caseOnly":%s,\
            "unitCost":{"amount":%s,"currencyCode":"USD"}}""";

    /** Bad values for a text field the reader requires, as JSON. */
    private static final List<String> BAD_TEXT = List.of("null", "\"\"", "\"   \"", "{}", "[]", "[\"a\"]", "{\"x\":1}");
    /** Bad values for an ISO-8601 instant. */
    private static final List<String> BAD_DATE = List.of("\"yesterday\"", "\"2019-13-45T99:00:00Z\"", "12", "true",
            "\"\u202E2019-07-16T19:17:34Z\"", "\"2019-07-16\\u0000T19:17:34Z\"", "[]", "\"\uD83D\uDC68\u200D\uD83D\uDC69\"");
    /** Bad values for a whole, non-negative quantity. */
    private static final List<String> BAD_AMOUNT = List.of("-5", "\"-5\"", "\"abc\"", "1.5", "\"1e3x\"", "true", "{}",
            "[]", "\"\u200F12\"", "\"1\u200D2\"", "\"\uFEFF\uFEFF\"", "99999999999999999999999", "\"NaN\"", "\"\\u0000\"");
    /** Malformed JSON documents, whatever the endpoint. */
    private static final List<String> MALFORMED = List.of("", "{", "}", "[", "{\"order\":", "{\"a\":1,}", "{'a':1}",
            "null", "42", "\"text\"", "[]", "[{}]", "true", "{\"a\":\"unterminated}", "{\"a\":\"\u0000raw nul\"}",
            "\u0000\u0000\u0000", "\uFEFF{", "{\"a\":1}{\"b\":2}", "<order/>", "order=1&x=2", "{\"a\":NaN}",
            "{\"\u202E\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[");

    private final Random random;

    HostileRequests(long seed) {
        this.random = new Random(seed);
    }

    List<Bad> purchaseOrders(int count) {
        String e = "POST /api/purchase-orders";
        List<Bad> bad = new ArrayList<>();
        for (int i = 0; bad.size() < count; i++) {
            String number = json("HR-PO-" + i);
            bad.add(switch (i % 6) {
                case 0 -> json(e, "POST", "/api/purchase-orders", ORDER.formatted(pick(BAD_TEXT), date(), "\"DOCK1\"",
                        "10", "\"Eaches\""), "purchaseOrderNumber");
                case 1 -> json(e, "POST", "/api/purchase-orders", ORDER.formatted(number, pick(BAD_DATE), "\"DOCK1\"",
                        "10", "\"Eaches\""), "purchaseOrderDate");
                case 2 -> json(e, "POST", "/api/purchase-orders", ORDER.formatted(number, date(), "\"DOCK1\"",
                        pick(BAD_AMOUNT), "\"Eaches\""), "orderedQuantity.amount");
                case 3 -> json(e, "POST", "/api/purchase-orders", ORDER.formatted(number, date(), "\"DOCK1\"", "10",
                        pick(List.of("\"Crates\"", "\"Cases\u200D\"", "\"\\u0000\"", "7", "{}"))), "unitOfMeasure");
                case 4 -> json(e, "POST", "/api/purchase-orders", ORDER.formatted(number, date(), pick(BAD_TEXT), "10",
                        "\"Eaches\""), "sellingParty.partyId");
                default -> general(e, "POST", "/api/purchase-orders", i);
            });
        }
        return bad;
    }

    List<Bad> shipments(int count) {
        String e = "POST /api/shipment-confirmations";
        String p = "/api/shipment-confirmations";
        List<Bad> bad = new ArrayList<>();
        for (int i = 0; bad.size() < count; i++) {
            String id = json("HR-SHP-" + i);
            bad.add(switch (i % 5) {
                case 0 -> json(e, "POST", p, SHIPMENT.formatted(pick(BAD_TEXT), "\"Original\"", date(), "5", "5"),
                        "shipmentIdentifier");
                case 1 -> json(e, "POST", p, SHIPMENT.formatted(id, pick(List.of("\"Maybe\"", "\"Orig\u200Dinal\"", "3",
                        "{}")), date(), "5", "5"), "shipmentConfirmationType");
                case 2 -> json(e, "POST", p, SHIPMENT.formatted(id, "\"Original\"", pick(BAD_DATE), "5", "5"),
                        "shipmentConfirmationDate");
                case 3 -> json(e, "POST", p, SHIPMENT.formatted(id, "\"Original\"", date(), pick(BAD_AMOUNT), "5"),
                        "shippedItems[0].shippedQuantity.amount");
                default -> general(e, "POST", p, i);
            });
        }
        return bad;
    }

    List<Bad> catalogPut(int count) {
        String e = "PUT /api/catalog/items/{sku}";
        List<Bad> bad = new ArrayList<>();
        for (int i = 0; bad.size() < count; i++) {
            String p = "/api/catalog/items/HR-SKU-" + i;
            bad.add(switch (i % 6) {
                case 0 -> json(e, "PUT", p, CATALOG.formatted("\"00614141\"", pick(List.of("0", "-12", "\"x\"", "1.5",
                        "null", "\"\u202E12\"", "{}")), "false", "\"1.00\""), "eachesPerCase");
                case 1 -> json(e, "PUT", p, CATALOG.formatted(pick(List.of("\"123\"", "\"1234567890123456789\"",
                        "\"\u200D12345678\"", "\"ABCDEFGH\"", "\"0061414\\u00001\"")), "12", "false", "\"1.00\""), "gtin");
                case 2 -> json(e, "PUT", p, CATALOG.formatted("\"00614141\"", "12", pick(List.of("\"maybe\"", "2",
                        "\"\u200Ftrue\"", "[]")), "\"1.00\""), "caseOnly");
                case 3 -> json(e, "PUT", p, CATALOG.formatted("\"00614141\"", "12", "false", pick(List.of("\"abc\"",
                        "\"1,00\"", "true", "[]", "\"\u202E1\""))), "unitCost.amount");
                case 4 -> json(e, "PUT", "/api/catalog/items/" + "L".repeat(65 + i % 5),
                        CATALOG.formatted("\"00614141\"", "12", "false", "\"1.00\""), "vendorSku");
                default -> general(e, "PUT", p, i);
            });
        }
        return bad;
    }

    List<Bad> catalogCsv(int count) {
        String e = "POST /api/catalog/items (CSV)";
        String p = "/api/catalog/items";
        String header = "vendorSku,asin,gtin,eachesPerCase,casesPerPallet,caseOnly,unitCost,currencyCode\n";
        List<Bad> bad = new ArrayList<>();
        for (int i = 0; bad.size() < count; i++) {
            String sku = "HR-CSV-" + i;
            bad.add(switch (i % 7) {
                case 0 -> csv(e, p, header + sku + ",B0X,00614141," + pick(List.of("0", "-1", "x", "1.5", "\u202E3",
                        "\u0000")) + ",40,false,1.00,USD\n", "eachesPerCase");
                case 1 -> csv(e, p, header + sku + ",B0X,\u200D1234,12,40,false,1.00,USD\n", "gtin");
                case 2 -> csv(e, p, header + sku + ",B0X,00614141,12,40,false,1.00\n", "[0]");
                case 3 -> csv(e, p, pick(List.of("", "\n\n", "sku,asin\n" + sku + ",B0X\n", "\uFEFF" + header + sku
                        + ",B0X,00614141,12,40,false,1.00,USD\n", "\u202E" + header)), null);
                case 4 -> csv(e, p, header + ",B0X,00614141,12,40,false,1.00,USD\n", "vendorSku");
                case 5 -> new Bad(e, "POST", p, pick(List.of("application/json", "text/plain", "application/xml",
                        "image/png", "multipart/form-data; boundary=x")), header + sku + ",B0X,00614141,12,40,false,1.00,USD\n",
                        Map.of(), null);
                default -> huge(e, "POST", p, "text/csv", i);
            });
        }
        return bad;
    }

    /** Malformed JSON, a wrong content type with a malformed body, or a body above 1 MB. */
    private Bad general(String endpoint, String method, String path, int i) {
        return switch (i % 4) {
            case 0, 1 -> new Bad(endpoint, method, path, "application/json", pick(MALFORMED), Map.of(), "$");
            case 2 -> new Bad(endpoint, method, path, pick(List.of("text/plain", "application/xml", "image/png",
                    "application/x-www-form-urlencoded", "text/csv")), pick(MALFORMED), Map.of(), null);
            default -> huge(endpoint, method, path, "application/json", i);
        };
    }

    /** 1 MB + a little, of JSON-looking text with odd Unicode: above po-ingest's limit. Every 10th such request only. */
    private Bad huge(String endpoint, String method, String path, String contentType, int i) {
        if (i % 10 != 3) {
            return new Bad(endpoint, method, path, contentType, pick(MALFORMED), Map.of(), null);
        }
        String unit = "{\"a\":\"\u202E\u200D\"},";
        return new Bad(endpoint, method, path, contentType, "[" + unit.repeat((1024 * 1024) / unit.length() + 10) + "{}]",
                Map.of(), null);
    }

    /**
     * Bad approve or reject requests on the hold {@code holdId} (version {@code etag}): none of them
     * may decide it. {@code approver} and {@code viewer} are Basic authorisation header values.
     */
    List<Bad> decide(String action, String holdId, String etag, String approver, String viewer, int count) {
        String e = "POST /api/holds/{id}/" + action;
        String p = "/api/holds/" + holdId + "/" + action;
        String field = action.equals("approve") ? "comment" : "reason";
        List<Bad> bad = new ArrayList<>();
        for (int n = 0; bad.size() < count; n++) {
            int i = n;
            Map<String, String> ok = Map.of("Authorization", approver, "If-Match", etag);
            bad.add(switch (i % 10) {
                // no body and a JSON null are a valid approval without a comment: never sent to approve
                case 0 -> new Bad(e, "POST", p, "application/json", pick(MALFORMED.stream()
                        .filter(body -> !body.isEmpty() && !body.equals("null")).toList()), ok, "$");
                case 1 -> new Bad(e, "POST", p, "application/json", "{\"" + field + "\":" + json(HostileSamples.odd(i)
                        + "x".repeat(2001 + i % 50)) + "}", ok, field);
                case 2 -> new Bad(e, "POST", p, "application/json", "{\"" + field + "\":" + pick(List.of("{}", "[]",
                        "[\"a\"]", "{\"\u202E\":1}")) + "}", ok, field);
                case 3 -> new Bad(e, "POST", p, pick(List.of("text/plain", "application/xml", "image/png", "text/csv")),
                        "{\"" + field + "\":\"ok\"}", ok, null);
                case 4 -> new Bad(e, "POST", p, "application/json", "{\"" + field + "\":\"ok\"}",
                        Map.of("Authorization", approver, "If-Match", pick(List.of("abc", "\"3 OR 1=1\"", "W/\"x\"", "\"\"",
                                "99999999999999999999", "\"0x10\""))), "If-Match");
                case 5 -> new Bad(e, "POST", p, "application/json", "{\"" + field + "\":\"ok\"}",
                        Map.of("Authorization", approver), "If-Match");
                case 6 -> new Bad(e, "POST", "/api/holds/" + pick(List.of("not-a-uuid", "1234", "%E2%80%AE", "%E2%80%8F")) + "/"
                        + action, "application/json", "{\"" + field + "\":\"ok\"}", ok, "id");
                case 7 -> new Bad(e, "POST", p, "application/json", "{\"" + field + "\":\"ok\"}", pick(List.of(
                        Map.of("If-Match", etag), Map.of("Authorization", viewer, "If-Match", etag),
                        Map.of("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                "approver:wrong\u202E".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "If-Match", etag),
                        Map.of("Authorization", "Bearer x.y.z", "If-Match", etag))), null);
                case 8 -> action.equals("reject")
                        ? new Bad(e, "POST", p, "application/json", pick(List.of("{}", "{\"reason\":null}",
                                "{\"reason\":\"\"}", "{\"reason\":\"   \"}", "{\"comment\":\"no reason\"}")), ok, "reason")
                        : new Bad(e, "POST", p, "application/json", "{\"comment\":" + pick(List.of("{}", "[1]")) + "}",
                                ok, "comment");
                default -> new Bad(e, "POST", p, "application/json", "{\"" + field + "\":\"ok\"}", ok.entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, x -> x.getKey().equals("If-Match")
                                ? "\"" + (-1 - i) + "\"" : x.getValue())), null);
            });
        }
        return bad;
    }

    /** Bad query parameters of GET /api/holds. */
    List<Bad> listHolds(String viewer, int count) {
        List<String> params = List.of("status=FOO", "status=%E2%80%AEOPEN", "stage=BAR", "vendor=nul%00", "page=-1",
                "page=abc", "page=99999999999", "size=0", "size=201", "size=-5", "size=%00", "size=1.5",
                "deadlineBefore=yesterday", "deadlineBefore=2026-13-01T00:00:00Z", "deadlineBefore=%E2%80%8F2026",
                "status=open%00", "page=%EF%BB%BF1");
        List<Bad> bad = new ArrayList<>();
        for (int i = 0; bad.size() < count; i++) {
            String query = params.get(i % params.size());
            String name = query.substring(0, query.indexOf('='));
            bad.add(new Bad("GET /api/holds", "GET", "/api/holds?" + query + "&vendor=" + java.net.URLEncoder.encode(
                    HostileSamples.odd(i), java.nio.charset.StandardCharsets.UTF_8), null, null,
                    Map.of("Authorization", viewer), name));
        }
        return bad;
    }

    private Bad json(String endpoint, String method, String path, String body, String pathSuffix) {
        return new Bad(endpoint, method, path, "application/json", body, Map.of(), pathSuffix);
    }

    private Bad csv(String endpoint, String path, String body, String pathSuffix) {
        return new Bad(endpoint, "POST", path, "text/csv", body, Map.of(), pathSuffix);
    }

    private String date() {
        return "\"2026-01-0" + (1 + random.nextInt(9)) + "T10:00:00Z\"";
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
