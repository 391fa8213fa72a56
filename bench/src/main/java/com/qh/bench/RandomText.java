package com.qh.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A file's worth of pseudo-random printable text, made as it is read: the base64 alphabet with a line break every
 * 100 characters, so a content sniffer sees plain text, nothing along the way can compress it much (6 bits of
 * entropy a byte), and a 100 MB upload never needs 100 MB of memory in the load generator either. The same seed
 * gives the same bytes, however they are read, so a download can be checked against a fresh stream.
 */
final class RandomText extends InputStream {

    private static final byte[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
            .getBytes(StandardCharsets.US_ASCII);
    private static final int LINE = 100;

    private final long size;
    private long position;
    private int column;
    private long state;
    private long word;
    private int left;

    RandomText(long seed, long size) {
        this.size = size;
        // Never zero: xorshift would stay at zero for ever.
        this.state = seed * 0x9E3779B97F4A7C15L | 1;
    }

    @Override
    public int read() {
        if (position >= size) {
            return -1;
        }
        return next();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (position >= size) {
            return -1;
        }
        int n = (int) Math.min(length, size - position);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = (byte) next();
        }
        return n;
    }

    @Override
    public long skip(long n) {
        long skipped = Math.max(0, Math.min(n, size - position));
        for (long i = 0; i < skipped; i++) {
            next();
        }
        return skipped;
    }

    @Override
    public int available() {
        return (int) Math.min(Integer.MAX_VALUE, size - position);
    }

    private int next() {
        position++;
        if (++column == LINE) {
            column = 0;
            return '\n';
        }
        if (left == 0) {
            // xorshift64*: fast, and good enough that no compressor finds structure.
            state ^= state >>> 12;
            state ^= state << 25;
            state ^= state >>> 27;
            word = state * 0x2545F4914F6CDD1DL;
            left = 8;
        }
        int c = ALPHABET[(int) (word & 63)];
        word >>>= 8;
        left--;
        return c;
    }
}
