package dev.dockcheck.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryTest {

    @Test
    void findsMetricNamesButNotFunctionsLabelsOrKeywords() {
        Query query = new Query("t", """
                (sum by (check) (rate(po_checks_total{outcome="FAIL"}[15m])) / sum by (check) (rate(po_checks_total[15m]))) > 0.3
                and on (check) histogram_quantile(0.99, sum by (le) (rate(po_check_duration_seconds_bucket[5m]))) > 1""");

        assertThat(query.metricNames()).containsExactly("po_check_duration_seconds_bucket", "po_checks_total");
    }

    @Test
    void ignoresGrafanaVariablesAndNumbers() {
        Query query = new Query("t", "min(po_hold_deadline_remaining_seconds{application=\"$application\"}) < 4 * 3600");

        assertThat(query.metricNames()).containsExactly("po_hold_deadline_remaining_seconds");
    }

    @Test
    void findsABareSelector() {
        assertThat(new Query("t", "up == 0").metricNames()).containsExactly("up");
    }
}
