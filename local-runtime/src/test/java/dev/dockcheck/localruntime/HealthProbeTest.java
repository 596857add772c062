package dev.dockcheck.localruntime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HealthProbeTest {

    @Test
    void readsTheTopLevelStatusWhereverItStands() {
        assertThat(HealthProbe.parseStatus("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}")).isEqualTo("UP");
        assertThat(HealthProbe.parseStatus("{\"components\":{\"db\":{\"status\":\"UP\"}},\"status\":\"DOWN\"}"))
                .isEqualTo("DOWN");
        assertThat(HealthProbe.parseStatus("{\"status\":\"OUT_OF_SERVICE\"}")).isEqualTo("OUT_OF_SERVICE");
    }

    @Test
    void answersNullForSomethingElse() {
        assertThat(HealthProbe.parseStatus("<html>Not Found</html>")).isNull();
        assertThat(HealthProbe.parseStatus("{\"components\":{\"db\":{\"status\":\"UP\"}}}")).isNull();
        assertThat(HealthProbe.parseStatus("")).isNull();
        assertThat(HealthProbe.parseStatus(null)).isNull();
    }

    @Test
    void nothingListeningIsNoAnswer() {
        assertThat(HealthProbe.status("http://127.0.0.1:" + Ports.free() + "/actuator/health")).isEqualTo("no answer");
    }
}
