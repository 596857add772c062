package dev.dockcheck.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.avro.SystemLimitException;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;

class AvroLimitsTest {

    @BeforeAll
    static void applyAsTheServicesDo() {
        new PipelineKafkaDefaults().postProcessEnvironment(new StandardEnvironment(), new SpringApplication());
    }

    @Nested
    class AHostileLengthPrefix {

        @Test
        void failsToDecodeInsteadOfAllocatingAGibibyte() {
            // zig-zag varint of 2^30: a string "of 1 GiB" followed by three bytes
            byte[] hostile = {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x08, 'a', 'b', 'c'};
            BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(hostile, null);
            assertThatThrownBy(() -> decoder.readString(null)).isInstanceOf(SystemLimitException.class);
        }

        @Test
        void aLongButSaneStringStillDecodes() throws Exception {
            int length = 3 * 1024 * 1024;
            byte[] value = new byte[4 + length];
            int n = length << 1; // zig-zag
            int i = 0;
            while ((n & ~0x7F) != 0) {
                value[i++] = (byte) ((n & 0x7F) | 0x80);
                n >>>= 7;
            }
            value[i++] = (byte) n;
            java.util.Arrays.fill(value, i, i + length, (byte) 'x');
            assertThat(DecoderFactory.get().binaryDecoder(value, 0, i + length, null).readString(null).length())
                    .isEqualTo(length);
        }
    }

    @Nested
    class ALimitSetOnTheCommandLine {

        @Test
        void isKept() {
            String property = SystemLimitException.MAX_STRING_LENGTH_PROPERTY;
            String before = System.getProperty(property);
            try {
                System.setProperty(property, "12345");
                AvroLimits.apply();
                assertThat(System.getProperty(property)).isEqualTo("12345");
            } finally {
                System.setProperty(property, before);
            }
        }
    }
}
