package dev.dockcheck.poingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockcheck.events.PurchaseOrderReceived;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    final PurchaseOrderReceived po = Avro.order("PO-HASH", Instant.parse("2026-12-01T10:00:00Z"),
            Avro.casesOf("SKU-1", 3, 6, "1.25"), Avro.casesOf("SKU-2", 1, 12, "0.50"));

    @Test
    void isTheSha256OfTheSingleObjectEncodingWithoutReceivedAtAsStoredRevisionsHaveIt() throws Exception {
        PurchaseOrderReceived withoutReceivedAt = PurchaseOrderReceived.newBuilder(po).setReceivedAt(Instant.EPOCH).build();
        ByteBuffer encoding = withoutReceivedAt.toByteBuffer();
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                Arrays.copyOfRange(encoding.array(), encoding.arrayOffset() + encoding.position(),
                        encoding.arrayOffset() + encoding.limit())));

        assertThat(ContentHash.of(po)).isEqualTo(expected);
    }

    @Test
    void ignoresWhenThePoWasReceivedAndLeavesThePoAsItWas() {
        PurchaseOrderReceived copy = PurchaseOrderReceived.newBuilder(po).build();
        PurchaseOrderReceived receivedLater = PurchaseOrderReceived.newBuilder(po)
                .setReceivedAt(po.getReceivedAt().plusSeconds(3600)).build();

        assertThat(ContentHash.of(po)).isEqualTo(ContentHash.of(receivedLater));
        assertThat(po).isEqualTo(copy);
    }

    @Test
    void differsWhenTheContentDiffers() {
        PurchaseOrderReceived changed = PurchaseOrderReceived.newBuilder(po).setVendorCode(po.getVendorCode() + "X").build();

        assertThat(ContentHash.of(changed)).isNotEqualTo(ContentHash.of(po));
    }
}
