package dev.dockcheck.poingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockcheck.events.CatalogItem;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogCsvTest {

    static final String HEADER = CatalogItemReader.CSV_HEADER + "\n";

    static List<CatalogItem> read(String csv, FieldReader fields) {
        CatalogItemReader reader = new CatalogItemReader(fields, Instant.EPOCH);
        var rows = CatalogCsv.rows(csv, fields);
        return java.util.stream.IntStream.range(0, rows.size()).mapToObj(i -> reader.read(
                rows.get(i).path("vendorSku").asString(""), rows.get(i), "$[" + i + "]")).toList();
    }

    @Test
    void readsItemsWithOptionalCellsAndQuotedValues() {
        FieldReader fields = new FieldReader();

        List<CatalogItem> items = read(HEADER + "SKU-1,B0001,00012345678905,12,40,true,2.50,USD\n"
                + "\"SKU,2\",,,6,,,,\n", fields);

        assertThat(fields.errors()).isEmpty();
        assertThat(items.get(0).getEachesPerCase()).isEqualTo(12);
        assertThat(items.get(0).getCaseOnly()).isTrue();
        assertThat(items.get(0).getUnitCost().getAmount()).isEqualByComparingTo("2.5");
        assertThat(items.get(1).getVendorSku()).isEqualTo("SKU,2");
        assertThat(items.get(1).getUnitCost()).isNull();
    }

    @Test
    void namesEveryBadCellByRowAndColumn() {
        FieldReader fields = new FieldReader();

        read(HEADER + "SKU-1,,,0,,,,\nSKU-2,,12AB,6,,maybe,2.5,\nSKU-3,,,6\n", fields);

        assertThat(fields.errors()).extracting(FieldError::path).containsExactly(
                "$[2]", "$[0].eachesPerCase", "$[1].caseOnly", "$[1].unitCost.currencyCode", "$[1].gtin");
    }

    @Test
    void requiresTheHeader() {
        FieldReader fields = new FieldReader();

        read("SKU-1,,,12,,,,\n", fields);

        assertThat(fields.errors()).extracting(FieldError::path).containsExactly("$[header]");
    }
}
