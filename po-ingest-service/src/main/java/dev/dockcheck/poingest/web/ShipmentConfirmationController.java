package dev.dockcheck.poingest.web;

import dev.dockcheck.events.ShipmentConfirmed;
import dev.dockcheck.poingest.kafka.CheckMetrics;
import dev.dockcheck.poingest.kafka.IntakePublisher;
import dev.dockcheck.poingest.kafka.IntakePublisher.Keyed;
import dev.dockcheck.schemas.Topics;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Takes an SP-API submitShipmentConfirmations body and publishes each ASN to shipment-confirmations, keyed by shipment id. */
@RestController
class ShipmentConfirmationController {

    private final RequestBodies bodies;
    private final IntakePublisher publisher;
    private final CheckMetrics metrics;
    private final Clock clock;

    ShipmentConfirmationController(RequestBodies bodies, IntakePublisher publisher, CheckMetrics metrics, Clock clock) {
        this.bodies = bodies;
        this.publisher = publisher;
        this.metrics = metrics;
        this.clock = clock;
    }

    @PostMapping(path = "/api/shipment-confirmations", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/*+json"})
    @ResponseStatus(HttpStatus.ACCEPTED)
    IntakeReceipt receive(HttpServletRequest request) {
        List<ShipmentConfirmed> shipments = Intake.counted(metrics, "rest-asn",
                () -> new ShipmentDocumentReader(clock.instant()).read(bodies.json(request)));
        return IntakeReceipt.of(publisher.publish(Topics.SHIPMENT_CONFIRMATIONS.name(),
                shipments.stream().map(s -> new Keyed(s.getShipmentIdentifier(), s)).toList()));
    }
}
