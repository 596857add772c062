package dev.dockcheck.approval.web;

import dev.dockcheck.approval.web.ApiViews.Timeline;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A PO's timeline: its check results, holds and decisions, and the audit trail. */
@RestController
class PurchaseOrderController {

    private final HoldReadModel reads;

    PurchaseOrderController(HoldReadModel reads) {
        this.reads = reads;
    }

    @GetMapping("/api/purchase-orders/{poNumber}")
    @Operation(summary = "The PO's timeline: checks, holds, decisions")
    Timeline timeline(@PathVariable String poNumber) {
        return reads.timeline(poNumber);
    }
}
