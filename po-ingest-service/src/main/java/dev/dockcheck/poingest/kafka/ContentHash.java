package dev.dockcheck.poingest.kafka;

import dev.dockcheck.events.PurchaseOrderReceived;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * SHA-256 of a received PO's Avro encoding without its {@code receivedAt}, so that the same
 * order received twice hashes the same. The encoding is the record's single-object encoding
 * ({@code toByteBuffer()}), with {@code receivedAt} set to the epoch; it is written straight into
 * the digest, and {@code receivedAt} is put back afterwards (a copy of the PO and a buffer per
 * record cost a seventh of the service's CPU in the {@code pipeline} benchmark's profile).
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(PurchaseOrderReceived po) {
        Instant receivedAt = po.getReceivedAt();
        po.setReceivedAt(Instant.EPOCH);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            PurchaseOrderReceived.getEncoder().encode(po, new DigestOutputStream(OutputStream.nullOutputStream(), digest));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            po.setReceivedAt(receivedAt);
        }
    }
}
