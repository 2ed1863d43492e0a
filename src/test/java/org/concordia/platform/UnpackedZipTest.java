package org.concordia.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.TooLargeException;
import org.concordia.platform.upload.SpooledUpload;
import org.concordia.platform.upload.UnpackedZip;
import org.concordia.platform.upload.UploadLimits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zips are unpacked within limits and refused whole when over one; their names cannot climb out of a folder. */
class UnpackedZipTest {

    private static final UploadLimits SMALL = new UploadLimits(2 * 1024 * 1024, 3 * 1024 * 1024, 5, 50);

    @TempDir
    Path folder;

    @Test
    @DisplayName("A zip within the limits is unpacked with every file's name, size and bytes")
    void aZipWithinTheLimitsIsUnpacked() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("report.txt", "Iran backed al-Kadhimi.".getBytes(StandardCharsets.UTF_8));
        files.put("folder/notes.md", "# Notes".getBytes(StandardCharsets.UTF_8));

        try (UnpackedZip sut = UnpackedZip.unpack(zipOf(files), SMALL, "This zip")) {
            assertThat(sut.entries()).extracting(UnpackedZip.Entry::name)
                    .containsExactly("report.txt", "folder/notes.md");
            assertThat(sut.find("FOLDER/Notes.MD")).as("found whatever the case").get()
                    .satisfies(e -> assertThat(e.bytes()).isEqualTo(files.get("folder/notes.md")))
                    .returns(7L, UnpackedZip.Entry::size);
        }
    }

    @Test
    @DisplayName("A zip bomb is stopped by its expansion ratio within a few megabytes, naming the reason")
    void aZipBombIsStoppedByItsExpansionRatio() throws IOException {
        UploadLimits generous = new UploadLimits(1L << 40, 1L << 41, 10, 100);
        Path bomb = folder.resolve("bomb.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("harmless.txt"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        long before = leftovers().count();

        assertThatThrownBy(() -> UnpackedZip.unpack(bomb, generous, "This zip"))
                .isInstanceOf(TooLargeException.class)
                .hasMessageContaining("more than 100 times its own size").hasMessageContaining("nothing was imported");
        assertThat(leftovers().count()).as("no unpacked file is left behind").isEqualTo(before);
    }

    @Test
    @DisplayName("One file over the file limit refuses the whole zip and names the file")
    void oneFileOverTheLimitRefusesTheZip() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("small.txt", "small".getBytes(StandardCharsets.UTF_8));
        files.put("big.bin", incompressible(SMALL.maxFileBytes() + 1));

        assertThatThrownBy(() -> UnpackedZip.unpack(zipOf(files), SMALL, "This zip"))
                .isInstanceOf(TooLargeException.class).hasMessageContaining("\u201cbig.bin\u201d")
                .hasMessageContaining("2 MB");
    }

    @Test
    @DisplayName("Files that add up to more than the total refuse the whole zip")
    void filesOverTheTotalRefuseTheZip() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            files.put("part" + i + ".bin", incompressible(1024 * 1024));
        }

        assertThatThrownBy(() -> UnpackedZip.unpack(zipOf(files), SMALL, "This zip"))
                .isInstanceOf(TooLargeException.class).hasMessageContaining("unpacks to more than 3 MB");
    }

    @Test
    @DisplayName("More files than allowed refuse the whole zip rather than importing the first ones")
    void moreFilesThanAllowedRefuseTheZip() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            files.put("f" + i + ".txt", ("file " + i).getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> UnpackedZip.unpack(zipOf(files), SMALL, "This zip"))
                .isInstanceOf(TooLargeException.class).hasMessageContaining("more than 5 files");
    }

    @Test
    @DisplayName("Entry names cannot climb out of the folder or name absolute paths, devices or control characters")
    void entryNamesAreMadeSafe() {
        assertThat(UnpackedZip.safeName("../../x.txt")).isEqualTo("x.txt");
        assertThat(UnpackedZip.safeName("/etc/passwd")).isEqualTo("etc/passwd");
        assertThat(UnpackedZip.safeName("..\\..\\windows\\win.ini")).isEqualTo("windows/win.ini");
        assertThat(UnpackedZip.safeName("C:\\boot.ini")).isEqualTo("boot.ini");
        assertThat(UnpackedZip.safeName("a/./b/../c.txt")).isEqualTo("a/b/c.txt");
        assertThat(UnpackedZip.safeName("bad\u0000name\u001b.txt")).isEqualTo("badname.txt");
        assertThat(UnpackedZip.safeName("تقرير/البصرة.txt")).as("other scripts are names like any")
                .isEqualTo("تقرير/البصرة.txt");
        assertThat(UnpackedZip.safeName("../..")).isEmpty();
    }

    @Test
    @DisplayName("Bytes that are no zip are refused as damaged or give no files, never an error of ours")
    void bytesThatAreNoZip() throws IOException {
        Path notZip = folder.resolve("not.zip");
        Files.writeString(notZip, "just some text");
        try (UnpackedZip sut = UnpackedZip.unpack(notZip, SMALL, "This zip")) {
            assertThat(sut.entries()).isEmpty();
        }
        Path truncated = folder.resolve("truncated.zip");
        byte[] whole = Files.readAllBytes(zipOf(Map.of("a.txt", incompressible(100_000))));
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> UnpackedZip.unpack(truncated, SMALL, "This zip"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("This zip");
    }

    @Test
    @DisplayName("An upload over its limit is refused as it arrives, and no temporary file stays")
    void anUploadOverItsLimitIsRefusedAsItArrives() throws IOException {
        long before = leftovers().count();
        assertThatThrownBy(() -> SpooledUpload.of(new ByteArrayInputStream(new byte[2048]), 1024, "This file"))
                .isInstanceOf(TooLargeException.class).hasMessage("This file is larger than 1 KB, the most"
                        + " Concordia takes in one upload.");
        try (SpooledUpload upload = SpooledUpload.of(new ByteArrayInputStream(new byte[512]), 1024, "This file")) {
            assertThat(upload.size()).isEqualTo(512);
            assertThat(upload.head(4)).hasSize(4);
        }
        assertThat(leftovers().count()).isEqualTo(before);
    }

    private Path zipOf(Map<String, byte[]> files) throws IOException {
        Path zip = Files.createTempFile(folder, "test", ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream writer = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                writer.putNextEntry(new ZipEntry(file.getKey()));
                writer.write(file.getValue());
                writer.closeEntry();
            }
        }
        return zip;
    }

    private static byte[] incompressible(long size) {
        byte[] bytes = new byte[(int) size];
        new Random(7).nextBytes(bytes);
        return bytes;
    }

    /** Concordia's temporary files and folders in the system's temporary folder. */
    private static Stream<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("concordia-")).toList().stream();
        }
    }
}
