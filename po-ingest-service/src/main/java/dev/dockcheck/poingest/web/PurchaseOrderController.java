package dev.dockcheck.poingest.web;

import dev.dockcheck.events.PurchaseOrderReceived;
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

/** Takes SP-API Vendor Orders JSON and publishes each order to purchase-orders.inbound, keyed by PO number. */
@RestController
class PurchaseOrderController {

    private final RequestBodies bodies;
    private final IntakePublisher publisher;
    private final CheckMetrics metrics;
    private final Clock clock;

    PurchaseOrderController(RequestBodies bodies, IntakePublisher publisher, CheckMetrics metrics, Clock clock) {
        this.bodies = bodies;
        this.publisher = publisher;
        this.metrics = metrics;
        this.clock = clock;
    }

    @PostMapping(path = "/api/purchase-orders", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/*+json"})
    @ResponseStatus(HttpStatus.ACCEPTED)
    IntakeReceipt receive(HttpServletRequest request) {
        List<PurchaseOrderReceived> orders = Intake.counted(metrics, "rest-po",
                () -> new OrderDocumentReader(clock.instant()).read(bodies.json(request)));
        return IntakeReceipt.of(publisher.publish(Topics.PURCHASE_ORDERS_INBOUND.name(),
                orders.stream().map(po -> new Keyed(po.getPurchaseOrderNumber(), po)).toList()));
    }
}
