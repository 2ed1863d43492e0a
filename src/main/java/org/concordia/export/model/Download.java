package org.concordia.export.model;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A finished export's file, with the name and media type it is downloaded under. Its bytes are written by
 * {@link #content}, read from wherever the export is kept (the database, so that every node of a cluster serves
 * it), a part at a time.
 */
public record Download(Content content, String fileName, String mediaType, long size) {

    /** Writes the file's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
