package com.qh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

class RandomTextTest {

    @Test
    void givesExactlyTheSizeAskedFor() throws IOException {
        assertThat(new RandomText(1, 1_000_003).readAllBytes()).hasSize(1_000_003);
        assertThat(new RandomText(1, 0).read()).isEqualTo(-1);
    }

    @Test
    void sameSeedGivesSameBytesHoweverTheyAreRead() throws IOException {
        byte[] whole = new RandomText(42, 10_000).readAllBytes();

        ByteArrayOutputStream piecewise = new ByteArrayOutputStream();
        try (InputStream in = new RandomText(42, 10_000)) {
            byte[] buffer = new byte[7];
            for (int i = 0; i < 100; i++) {
                piecewise.write(in.read());
            }
            int n;
            while ((n = in.read(buffer, 0, buffer.length)) > 0) {
                piecewise.write(buffer, 0, n);
            }
        }

        assertThat(piecewise.toByteArray()).isEqualTo(whole);
        assertThat(new RandomText(43, 10_000).readAllBytes()).isNotEqualTo(whole);
    }

    @Test
    void isPrintableTextInLinesOfOneHundred() throws IOException {
        byte[] text = new RandomText(7, 1000).readAllBytes();

        for (int i = 0; i < text.length; i++) {
            if (i % 100 == 99) {
                assertThat(text[i]).isEqualTo((byte) '\n');
            }
            else {
                assertThat((char) text[i]).matches(c -> Character.isLetterOrDigit(c) || c == '+' || c == '/');
            }
        }
    }

    @Test
    void doesNotCompressMuch() throws IOException {
        byte[] text = new RandomText(3, 1 << 20).readAllBytes();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(text);
        deflater.finish();
        byte[] out = new byte[text.length * 2];
        int compressed = deflater.deflate(out);
        deflater.end();

        // Six random bits in every eight: nothing can do much better than 75 %.
        assertThat(compressed).isGreaterThan(text.length * 74 / 100);
    }
}
