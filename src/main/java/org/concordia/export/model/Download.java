package org.concordia.export.model;

import java.nio.file.Path;

/** A finished export's file, with the name and media type it is downloaded under. */
public record Download(Path file, String fileName, String mediaType, long size) {
}
