package dev.dockcheck.kafka;

import java.nio.ByteBuffer;

/** The Confluent wire format of a record value: magic byte 0, a 4-byte schema id, then Avro binary. */
public record WireFormat(byte magic, int schemaId) {

    public static WireFormat of(byte[] value) {
        ByteBuffer buffer = ByteBuffer.wrap(value);
        return new WireFormat(buffer.get(), buffer.getInt());
    }
}
