package dev.dockcheck.poingest.web;

import dev.dockcheck.events.CatalogItem;
import dev.dockcheck.poingest.kafka.CatalogStore;
import dev.dockcheck.poingest.kafka.CheckMetrics;
import dev.dockcheck.poingest.kafka.IntakePublisher;
import dev.dockcheck.poingest.kafka.IntakePublisher.Keyed;
import dev.dockcheck.schemas.Topics;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The item catalog: writes go to the compacted catalog.items topic, reads come from the
 * Kafka-backed store the check uses. A write is visible to GET, and to the check, once the store has
 * consumed it (normally well under a second).
 */
@RestController
class CatalogController {

    private final RequestBodies bodies;
    private final IntakePublisher publisher;
    private final CatalogStore store;
    private final CheckMetrics metrics;
    private final Clock clock;

    CatalogController(RequestBodies bodies, IntakePublisher publisher, CatalogStore store, CheckMetrics metrics,
            Clock clock) {
        this.bodies = bodies;
        this.publisher = publisher;
        this.store = store;
        this.metrics = metrics;
        this.clock = clock;
    }

    @PutMapping(path = "/api/catalog/items/{sku}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/*+json"})
    @ResponseStatus(HttpStatus.ACCEPTED)
    IntakeReceipt put(@PathVariable String sku, HttpServletRequest request) {
        List<CatalogItem> items = Intake.counted(metrics, "rest-catalog", () -> {
            FieldReader fields = new FieldReader();
            CatalogItem item = new CatalogItemReader(fields, clock.instant()).read(sku, bodies.json(request), "$");
            if (item == null) {
                throw new InvalidDocumentException(fields.errors());
            }
            return List.of(item);
        });
        return publish(items);
    }

    @PostMapping(path = "/api/catalog/items", consumes = "text/csv")
    @ResponseStatus(HttpStatus.ACCEPTED)
    IntakeReceipt importCsv(HttpServletRequest request) {
        List<CatalogItem> items = Intake.counted(metrics, "rest-catalog", () -> {
            FieldReader fields = new FieldReader();
            CatalogItemReader reader = new CatalogItemReader(fields, clock.instant());
            var rows = CatalogCsv.rows(bodies.text(request), fields);
            List<CatalogItem> read = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                read.add(reader.read(rows.get(i).path("vendorSku").asString(""), rows.get(i), "$[" + i + "]"));
            }
            if (!fields.errors().isEmpty() || read.isEmpty()) {
                throw new InvalidDocumentException(read.isEmpty() && fields.errors().isEmpty()
                        ? List.of(new FieldError("$", "no items")) : fields.errors());
            }
            return read;
        });
        return publish(items);
    }

    @GetMapping("/api/catalog/items/{sku}")
    CatalogItemView get(@PathVariable String sku) {
        return store.find(sku.strip()).map(CatalogItemView::of).orElseThrow(() -> new NotFoundException(
                "catalog item " + sku + " is not known"));
    }

    private IntakeReceipt publish(List<CatalogItem> items) {
        return IntakeReceipt.of(publisher.publish(Topics.CATALOG_ITEMS.name(),
                items.stream().map(item -> new Keyed(item.getVendorSku(), item)).toList()));
    }
}
