package dev.dockcheck.localruntime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The table printed once everything is up: one row per component. Columns are padded to their
 * widest cell and separated by two spaces, so that URLs stay easy to copy; a cell with several
 * values (separated by {@code \n}) takes several lines. Empty cells show as {@code -}.
 */
public final class StatusTable {

    public static final List<String> HEADERS = List.of("COMPONENT", "ADDRESS", "HEALTH", "PROMETHEUS", "API");

    private final List<List<String>> rows = new ArrayList<>();

    public StatusTable add(String component, String address, String health, String prometheus, String api) {
        rows.add(List.of(component, address, health, orDash(prometheus), orDash(api)));
        return this;
    }

    public int size() {
        return rows.size();
    }

    /** The table, lines separated by {@code \n}, without a trailing newline. */
    public String render() {
        int[] widths = new int[HEADERS.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = HEADERS.get(c).length();
        }
        for (List<String> row : rows) {
            for (int c = 0; c < widths.length; c++) {
                for (String line : row.get(c).split("\n", -1)) {
                    widths[c] = Math.max(widths[c], line.length());
                }
            }
        }
        List<String> out = new ArrayList<>();
        out.add(line(HEADERS, widths));
        out.add(line(Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths));
        for (List<String> row : rows) {
            String[][] cells = row.stream().map(cell -> cell.split("\n", -1)).toArray(String[][]::new);
            int height = Arrays.stream(cells).mapToInt(lines -> lines.length).max().orElse(1);
            for (int l = 0; l < height; l++) {
                List<String> physical = new ArrayList<>();
                for (String[] lines : cells) {
                    physical.add(l < lines.length ? lines[l] : "");
                }
                out.add(line(physical, widths));
            }
        }
        return String.join("\n", out);
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            line.append(cell);
            if (c < cells.size() - 1) {
                line.append(" ".repeat(widths[c] - cell.length() + 2));
            }
        }
        return line.toString().stripTrailing();
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    @Override
    public String toString() {
        return render();
    }
}
