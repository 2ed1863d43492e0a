package org.concordia.export.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a format rendered of one document, kept as UTF-8 in blocks of about 32 KB until the export writes it: several
 * megabytes without one huge array (which the garbage collector treats as a humongous object and handles slowly).
 * Text collects in a builder first, so that printers appending a character at a time stay cheap; this writer is
 * meant for one thread and takes no locks.
 */
final class TextChunk extends Writer {

    private static final int BLOCK = 32 * 1024;

    private final StringBuilder pending = new StringBuilder(BLOCK + 1024);
    private final List<byte[]> blocks = new ArrayList<>();
    private int rows;

    @Override
    public void write(int c) {
        pending.append((char) c);
        spillIfFull();
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        pending.append(chars, offset, length);
        spillIfFull();
    }

    @Override
    public void write(String text, int offset, int length) {
        pending.append(text, offset, offset + length);
        spillIfFull();
    }

    @Override
    public TextChunk append(CharSequence text) {
        pending.append(text);
        spillIfFull();
        return this;
    }

    @Override
    public TextChunk append(CharSequence text, int start, int end) {
        pending.append(text, start, end);
        spillIfFull();
        return this;
    }

    @Override
    public TextChunk append(char c) {
        pending.append(c);
        spillIfFull();
        return this;
    }

    public TextChunk append(long number) {
        pending.append(number);
        spillIfFull();
        return this;
    }

    @Override
    public void flush() {
        // nothing is written anywhere until writeTo
    }

    @Override
    public void close() {
        // see flush
    }

    /** Counts a row (a CSV record, a JSON line) as rendered. */
    void rowDone() {
        rows++;
    }

    int rows() {
        return rows;
    }

    private void spillIfFull() {
        if (pending.length() >= BLOCK) {
            spill();
        }
    }

    private void spill() {
        blocks.add(pending.toString().getBytes(StandardCharsets.UTF_8));
        pending.setLength(0);
    }

    /** Writes everything, in order, as UTF-8. */
    void writeTo(OutputStream out) throws IOException {
        spill();
        for (byte[] block : blocks) {
            out.write(block);
        }
    }
}
