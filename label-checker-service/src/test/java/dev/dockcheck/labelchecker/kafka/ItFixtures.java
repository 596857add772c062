package dev.dockcheck.labelchecker.kafka;

import dev.dockcheck.events.ShipmentConfirmed;
import java.time.Instant;

/** Avro test data for the integration tests in the parent package. */
public final class ItFixtures {

    private ItFixtures() {
    }

    public static ShipmentConfirmed asn(String shipmentId, String po, String... cartonSsccs) {
        return ShipmentFixtures.asn(shipmentId, po, Instant.now().toString(), cartonSsccs);
    }
}
