package org.concordia.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concordia.export.model.Download;

/** A finished export's download as the tests read it: its bytes, its text, or a temporary file. */
public final class Downloads {

    private Downloads() {
    }

    public static byte[] bytes(Download download) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            download.content().writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static String text(Download download) {
        return new String(bytes(download), StandardCharsets.UTF_8);
    }

    /** The download in a temporary file, deleted when the JVM ends: for readers that want a file (zip, workbook). */
    public static Path file(Download download) {
        try {
            Path file = Files.createTempFile("download-", "-" + download.fileName());
            file.toFile().deleteOnExit();
            return Files.write(file, bytes(download));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
