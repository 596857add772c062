package dev.dockcheck.approval.web;

import dev.dockcheck.approval.HoldDesk;
import dev.dockcheck.approval.domain.Hold;
import dev.dockcheck.approval.domain.HoldStatus;
import dev.dockcheck.approval.domain.Stage;
import dev.dockcheck.approval.store.HoldStore;
import dev.dockcheck.approval.web.ApiViews.ApproveRequest;
import dev.dockcheck.approval.web.ApiViews.HoldDetail;
import dev.dockcheck.approval.web.ApiViews.HoldPage;
import dev.dockcheck.approval.web.ApiViews.RejectRequest;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.security.Principal;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Holds for approvers. A decision names the version it was taken on in If-Match (the ETag of the hold). */
@RestController
@RequestMapping("/api/holds")
class HoldController {

    private final HoldStore holds;
    private final HoldDesk desk;
    private final HoldReadModel reads;

    HoldController(HoldStore holds, HoldDesk desk, HoldReadModel reads) {
        this.holds = holds;
        this.desk = desk;
        this.reads = reads;
    }

    @GetMapping
    @Operation(summary = "Lists holds, sorted by deadline")
    HoldPage list(@RequestParam(required = false) HoldStatus status, @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) @Pattern(regexp = ApiViews.NO_NUL, message = ApiViews.NO_NUL_MESSAGE)
            String vendor, @RequestParam(required = false) Instant deadlineBefore,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        var found = holds.list(new HoldStore.Filter(status, stage, vendor, deadlineBefore), page, size);
        return new HoldPage(found.holds(), found.page(), found.size(), found.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One hold: the PO summary, every check result with its findings, and the audit trail")
    ResponseEntity<HoldDetail> get(@PathVariable UUID id) {
        HoldDetail detail = reads.detail(id);
        return ResponseEntity.ok().eTag(Versions.etag(detail.hold().version())).body(detail);
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approves a hold; above the four-eyes value it takes two different approvers")
    ResponseEntity<HoldDetail> approve(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @Valid @RequestBody(required = false) ApproveRequest request, Principal approver) {
        Hold hold = desk.approve(id, Versions.parse(ifMatch), approver.getName(), request == null ? null : request.comment());
        return ResponseEntity.ok().eTag(Versions.etag(hold.version())).body(reads.detail(id));
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Rejects a hold; the reason is required")
    ResponseEntity<HoldDetail> reject(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @Valid @RequestBody RejectRequest request, Principal approver) {
        Hold hold = desk.reject(id, Versions.parse(ifMatch), approver.getName(), request.reason());
        return ResponseEntity.ok().eTag(Versions.etag(hold.version())).body(reads.detail(id));
    }
}
