package dev.dockcheck.poingest.web;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bulk catalog import format: a header line {@value CatalogItemReader#CSV_HEADER}, then one item
 * per line. {@code unitCost} and {@code currencyCode} form the unitCost money; empty cells are absent.
 * Each row becomes a JSON object so that one reader validates both the JSON and the CSV form.
 */
final class CatalogCsv {

    private CatalogCsv() {
    }

    static List<ObjectNode> rows(String csv, FieldReader fields) {
        List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty() || !lines.get(0).strip().replace(" ", "").equalsIgnoreCase(CatalogItemReader.CSV_HEADER)) {
            fields.reject("$[header]", "first line must be " + CatalogItemReader.CSV_HEADER);
            return List.of();
        }
        String[] columns = CatalogItemReader.CSV_HEADER.split(",");
        List<ObjectNode> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = cells(lines.get(i));
            if (cells.size() != columns.length) {
                fields.reject("$[" + (i - 1) + "]", "line " + (i + 1) + " has " + cells.size() + " cells, expected "
                        + columns.length);
                continue;
            }
            rows.add(row(columns, cells));
        }
        return rows;
    }

    private static ObjectNode row(String[] columns, List<String> cells) {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        for (int c = 0; c < columns.length; c++) {
            if (!cells.get(c).isBlank() && !columns[c].equals("unitCost") && !columns[c].equals("currencyCode")) {
                row.put(columns[c], cells.get(c));
            }
        }
        String cost = cells.get(6);
        String currency = cells.get(7);
        if (!cost.isBlank() || !currency.isBlank()) {
            ObjectNode money = row.putObject("unitCost");
            if (!cost.isBlank()) {
                money.put("amount", cost);
            }
            if (!currency.isBlank()) {
                money.put("currencyCode", currency);
            }
        }
        return row;
    }

    /** Splits one line; a cell may be quoted ("a,b") with "" for a quote. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
