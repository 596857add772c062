package dev.dockcheck.poingest.kafka;

import dev.dockcheck.events.PurchaseOrderReceived;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * SHA-256 of a received PO's Avro encoding without its {@code receivedAt}, so that the same
 * order received twice hashes the same.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(PurchaseOrderReceived po) {
        PurchaseOrderReceived content = PurchaseOrderReceived.newBuilder(po).setReceivedAt(Instant.EPOCH).build();
        try {
            ByteBuffer bytes = content.toByteBuffer();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes);
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
