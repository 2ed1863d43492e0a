package org.concordia.platform.upload;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.TooLargeException;

/**
 * A zip unpacked into a temporary folder within {@link UploadLimits}, checked whole before anybody reads a file of
 * it: a zip over any limit is refused as a whole, so that an import never stores half of it. Entry names are made
 * safe (no {@code ..}, no absolute paths, no drive letters or control characters), since they become titles and
 * lookup keys. Closing deletes the folder.
 *
 * <p>The sizes a zip declares are not believed: every entry is counted as it inflates, and the expansion ratio is
 * checked against the compressed bytes read so far, so a bomb is stopped after about a megabyte.
 */
public final class UnpackedZip implements AutoCloseable {

    /** One file of the zip: its safe name, where it was unpacked, and its size. */
    public record Entry(String name, Path file, long size) {

        public byte[] bytes() {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The last part of the name: {@code b.txt} of {@code a/b.txt}. */
        public String baseName() {
            return name.substring(name.lastIndexOf('/') + 1);
        }
    }

    private final Path folder;
    private final List<Entry> entries;

    private UnpackedZip(Path folder, List<Entry> entries) {
        this.folder = folder;
        this.entries = List.copyOf(entries);
    }

    /**
     * Unpacks {@code zip} ("This zip", "This .qdpx" as {@code what} in messages). Refuses with
     * {@link TooLargeException} what breaks a limit and with {@link InvalidInputException} what is no zip.
     */
    public static UnpackedZip unpack(Path zip, UploadLimits limits, Object what) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("concordia-zip-");
            List<Entry> entries = new ArrayList<>();
            long total = 0;
            try (CountingStream compressed = new CountingStream(Files.newInputStream(zip));
                    ZipInputStream in = new ZipInputStream(compressed)) {
                byte[] buffer = new byte[64 * 1024];
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    String name = safeName(entry.getName());
                    if (entry.isDirectory() || name.isEmpty()) {
                        continue;
                    }
                    if (entries.size() == limits.maxEntries()) {
                        throw new TooLargeException("error.platform.holdsMoreThanFilesThe", what, limits.maxEntries());
                    }
                    Path file = folder.resolve(entries.size() + ".entry");
                    long size = 0;
                    try (OutputStream out = Files.newOutputStream(file)) {
                        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                            size += n;
                            total += n;
                            if (size > limits.maxFileBytes()) {
                                throw new TooLargeException("error.platform.inUnpacksToMoreThan", name, what,
                                        UploadLimits.megabytes(limits.maxFileBytes()));
                            }
                            if (total > limits.maxTotalBytes()) {
                                throw new TooLargeException("error.platform.unpacksToMoreThanThe", what,
                                        UploadLimits.megabytes(limits.maxTotalBytes()));
                            }
                            if (total > UploadLimits.RATIO_FLOOR_BYTES
                                    && total > limits.maxExpansionRatio() * Math.max(1, compressed.count)) {
                                throw new TooLargeException("error.platform.unpacksToMoreThanTimes", what,
                                        limits.maxExpansionRatio());
                            }
                            out.write(buffer, 0, n);
                        }
                    }
                    entries.add(new Entry(name, file, size));
                }
            } catch (ZipException e) {
                throw new InvalidInputException("error.platform.isDamagedNothingWasImported", what, e.getMessage());
            }
            UnpackedZip unpacked = new UnpackedZip(folder, entries);
            folder = null;
            return unpacked;
        } catch (IOException e) {
            throw new InvalidInputException("error.platform.couldNotBeRead", what, e.getMessage());
        } finally {
            deleteFolder(folder);
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The entry of that name, ignoring case ({@code project.qde} finds {@code Project.qde}). */
    public Optional<Entry> find(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return entries.stream().filter(e -> e.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    @Override
    public void close() {
        deleteFolder(folder);
    }

    /**
     * The entry name as a relative path of plain segments: backslashes read as slashes, empty, {@code .} and
     * {@code ..} segments and a drive letter dropped, control characters removed. Empty when nothing is left.
     */
    public static String safeName(String raw) {
        String name = raw == null ? "" : raw.replace('\\', '/').replaceAll("\\p{Cntrl}", "");
        List<String> segments = new ArrayList<>();
        for (String segment : name.split("/")) {
            String s = segment.strip();
            if (s.isEmpty() || s.equals(".") || s.equals("..") || (segments.isEmpty() && s.matches("[A-Za-z]:"))) {
                continue;
            }
            segments.add(s);
        }
        return String.join("/", segments);
    }

    private static void deleteFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(SpooledUpload::deleteQuietly);
        } catch (IOException e) {
            folder.toFile().deleteOnExit();
        }
    }

    /** Counts the compressed bytes the zip reader has taken, for the expansion ratio. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
