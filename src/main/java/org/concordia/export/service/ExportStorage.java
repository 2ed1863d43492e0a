package org.concordia.export.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where finished exports wait to be downloaded: {@code exports/<tenant>/} under the data folder
 * ({@code CONCORDIA_DATA_DIR}, by default {@code ~/.concordia}), beside the embedded database.
 */
final class ExportStorage {

    private ExportStorage() {
    }

    static Path fileOf(String tenant, long jobId, String extension) throws IOException {
        String base = System.getenv("CONCORDIA_DATA_DIR");
        Path root = base == null || base.isBlank() ? Path.of(System.getProperty("user.home"), ".concordia")
                : Path.of(base);
        Path folder = root.resolve("exports").resolve(tenant.replaceAll("[^a-z0-9-]", "_"));
        Files.createDirectories(folder);
        return folder.resolve("export-" + jobId + "." + extension);
    }
}
