package org.concordia.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A zip of plain-text reports, for tests and benchmarks that need many documents quickly. */
public final class ReportZips {

    private ReportZips() {
    }

    /** Reports of four paragraphs each, the last one saying which report it ends. */
    public static byte[] of(int count) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 1; i <= count; i++) {
                zip.putNextEntry(new ZipEntry("report-" + String.format("%03d", i) + ".txt"));
                StringBuilder text = new StringBuilder("Report " + i + " on the premiership\n\n");
                for (int p = 0; p < 2; p++) {
                    text.append("Paragraph ").append(p + 1).append(" of report ").append(i).append(": ")
                            .append("Iran backed the candidate while the militias objected. ".repeat(10))
                            .append("\n\n");
                }
                text.append("This is the end of report ").append(i).append(".\n");
                zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
