package dev.dockcheck.localruntime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatusTableTest {

    @Test
    void padsColumnsToTheWidestCellAndShowsEmptyCellsAsDashes() {
        String table = new StatusTable()
                .add("kafka broker", "127.0.0.1:9092", "UP", null, "")
                .add("po-ingest-service", "http://127.0.0.1:8081", "UP", "http://127.0.0.1:8081/actuator/prometheus",
                        "http://127.0.0.1:8081/api")
                .render();
        List<String> lines = table.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("COMPONENT          ADDRESS                HEALTH  PROMETHEUS");
        assertThat(lines.get(1)).startsWith("-----------------  ---------------------  ------  ---");
        assertThat(lines.get(2)).isEqualTo("kafka broker       127.0.0.1:9092         UP      -"
                + " ".repeat("http://127.0.0.1:8081/actuator/prometheus".length() - 1) + "  -");
        assertThat(lines.get(3)).isEqualTo("po-ingest-service  http://127.0.0.1:8081  UP      "
                + "http://127.0.0.1:8081/actuator/prometheus  http://127.0.0.1:8081/api");
    }

    @Test
    void aCellWithSeveralValuesTakesSeveralLines() {
        String table = new StatusTable()
                .add("approval-service", "http://127.0.0.1:8084", "UP", "http://127.0.0.1:8084/actuator/prometheus",
                        "http://127.0.0.1:8084/api/holds\nhttp://127.0.0.1:8084/swagger-ui.html")
                .render();
        List<String> lines = table.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(2)).endsWith("http://127.0.0.1:8084/api/holds");
        int apiColumn = lines.get(2).indexOf("http://127.0.0.1:8084/api/holds");
        assertThat(lines.get(3)).isEqualTo(" ".repeat(apiColumn) + "http://127.0.0.1:8084/swagger-ui.html");
    }

    @Test
    void noLineEndsInSpaces() {
        String table = new StatusTable().add("a", "b", "c", null, null).add("longer name", "x", "DOWN", "p", "q").render();
        assertThat(table.lines()).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
        assertThat(new StatusTable().add("a", "b", "c", "d", "e").size()).isEqualTo(1);
    }
}
