package org.concordia.platform.upload;

import java.util.Locale;

/**
 * How much one upload may bring in: the largest file (as sent, or inside a zip), the most a zip may unpack to, the
 * most files it may hold, and how many times its own size it may expand to. The last one stops a zip bomb within
 * a megabyte instead of at the total limit: text and XML compress ten- to thirty-fold, a bomb a thousand-fold.
 */
public record UploadLimits(long maxFileBytes, long maxTotalBytes, int maxEntries, int maxExpansionRatio) {

    /** Below this many unpacked bytes the expansion ratio is not checked: a small zip of text may compress well. */
    public static final long RATIO_FLOOR_BYTES = 1024 * 1024;

    public UploadLimits {
        if (maxFileBytes <= 0 || maxTotalBytes < maxFileBytes || maxEntries <= 0 || maxExpansionRatio <= 1) {
            throw new IllegalArgumentException("Limits must be positive, the total at least one file.");
        }
    }

    /** Bytes as people read them: "50 MB", "1.5 MB", "12 KB". */
    public static String megabytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ENGLISH, "%d KB", (bytes + 1023) / 1024);
        }
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? String.format(Locale.ENGLISH, "%.0f MB", mb)
                : String.format(Locale.ENGLISH, "%.1f MB", mb);
    }
}
