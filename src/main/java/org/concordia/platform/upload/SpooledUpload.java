package org.concordia.platform.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concordia.platform.errors.TooLargeException;

/**
 * An upload copied to a temporary file as it arrives, never more than a limit: what every upload path reads from,
 * so that no request holds a whole file in memory and nothing over the limit is kept. Closing deletes the file.
 */
public final class SpooledUpload implements AutoCloseable {

    private final Path file;
    private final long size;

    private SpooledUpload(Path file, long size) {
        this.file = file;
        this.size = size;
    }

    /**
     * Copies {@code in} to a temporary file; refuses with {@code what} named ("This .qdpx") once it exceeds
     * {@code maxBytes}, leaving no file behind.
     */
    public static SpooledUpload of(InputStream in, long maxBytes, Object what) {
        Path file = null;
        try {
            file = Files.createTempFile("concordia-upload-", ".part");
            long total = 0;
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    total += n;
                    if (total > maxBytes) {
                        throw new TooLargeException("error.platform.isLargerThanTheMost", what,
                                UploadLimits.megabytes(maxBytes));
                    }
                    out.write(buffer, 0, n);
                }
            }
            SpooledUpload spooled = new SpooledUpload(file, total);
            file = null;
            return spooled;
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be stored for reading", e);
        } finally {
            deleteQuietly(file);
        }
    }

    public Path file() {
        return file;
    }

    public long size() {
        return size;
    }

    /** The first {@code n} bytes (fewer when the file is shorter): enough to recognise a format. */
    public byte[] head(int n) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] bytes() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        deleteQuietly(file);
    }

    static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
