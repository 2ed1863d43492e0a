package org.concordia.documents.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.concordia.documents.model.CleanedText;
import org.concordia.documents.model.DocumentMetadata;
import org.concordia.documents.model.ImportOutcome;
import org.concordia.documents.model.PassageSpan;
import org.concordia.documents.model.SourceType;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.TenantAccess;

/**
 * Imports files into a project: single files, zips of many, pasted text. Each file is stored in its own
 * transaction, so a bad file is reported with its reason and the others still go in; nothing of a failed file is
 * kept. Zips are read within limits, so that a zip bomb stops at the limit instead of filling memory.
 */
@ApplicationScoped
public class DocumentImporter {

    /** The largest single file, as uploaded or inside a zip. */
    public static final int MAX_FILE_BYTES = 50 * 1024 * 1024;
    /** The most a zip may unpack to, and the most files it may hold. */
    static final long MAX_ZIP_BYTES = 200L * 1024 * 1024;
    static final int MAX_ZIP_ENTRIES = 1000;

    private static final Logger LOG = Logger.getLogger(DocumentImporter.class.getName());

    @Inject
    TextExtractor extractor;

    @Inject
    DocumentService documents;

    @Inject
    TenantAccess access;

    private final TextCleaner cleaner = new TextCleaner();

    /** Imports an uploaded file, or every file in an uploaded zip, with {@code defaults} for their details. */
    public List<ImportOutcome> importUpload(long projectId, String fileName, byte[] content, SourceType sourceType) {
        access.requireWritable(TenantRole.SUPERVISOR, "import documents");
        documents.project(projectId);
        if (isZip(fileName, content)) {
            return importZip(projectId, fileName, content, sourceType);
        }
        return List.of(importOne(projectId, fileName, content, sourceType));
    }

    /** Imports text pasted into the browser as a document titled {@code title}. */
    public ImportOutcome importPasted(long projectId, String title, String text, SourceType sourceType) {
        access.requireWritable(TenantRole.SUPERVISOR, "import documents");
        String name = title == null || title.isBlank() ? "Pasted text" : title.strip();
        byte[] bytes = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
        return importOne(projectId, name + ".txt", bytes, sourceType, name);
    }

    /**
     * Stores a text exactly as given, with the given passages (or, when there are none, its paragraphs as they
     * stand), without cleaning it: what a project import does, whose codings point into the text by offsets.
     * Passages listed in {@code excluded} (positions) are excluded from coding. Fails as a whole.
     */
    public ImportOutcome importVerbatim(long projectId, String fileName, String text, List<PassageSpan> passages,
            java.util.Set<Integer> excluded, DocumentMetadata metadata) {
        access.requireWritable(TenantRole.SUPERVISOR, "import documents");
        List<PassageSpan> spans = passages == null || passages.isEmpty() ? PassageSplitter.paragraphsOf(text)
                : passages;
        if (spans.isEmpty()) {
            throw new InvalidInputException("\u201c" + metadata.title() + "\u201d contains no text.");
        }
        int length = text.codePointCount(0, text.length());
        for (PassageSpan span : spans) {
            if (span.end() > length) {
                throw new InvalidInputException("A passage of \u201c" + metadata.title() + "\u201d ends at " + span.end()
                        + ", after the end of its text (" + length + ").");
            }
        }
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        ImportOutcome outcome = documents.store(projectId, fileName, content, sha256(content),
                new ExtractedText("text/plain", text), new CleanedText(text, spans), metadata);
        if (outcome.result() == ImportOutcome.Result.IMPORTED && excluded != null && !excluded.isEmpty()) {
            for (var passage : documents.passages(outcome.documentId())) {
                if (excluded.contains(passage.position())) {
                    documents.excludePassage(passage.id(), true);
                }
            }
        }
        return outcome;
    }

    private ImportOutcome importOne(long projectId, String fileName, byte[] content, SourceType sourceType) {
        return importOne(projectId, fileName, content, sourceType, titleFrom(fileName));
    }

    private ImportOutcome importOne(long projectId, String fileName, byte[] content, SourceType sourceType,
            String title) {
        try {
            if (content.length > MAX_FILE_BYTES) {
                throw new ImportRejected("it is " + megabytes(content.length) + "; the largest file Concordia"
                        + " imports is " + megabytes(MAX_FILE_BYTES));
            }
            ExtractedText extracted = extractor.extract(fileName, content);
            CleanedText cleaned = cleaner.clean(extracted.text());
            if (cleaned.passages().isEmpty()) {
                throw new ImportRejected("it contains no text");
            }
            return documents.store(projectId, fileName, content, sha256(content), extracted, cleaned,
                    DocumentMetadata.titled(title, sourceType));
        } catch (ImportRejected rejected) {
            return ImportOutcome.failed(fileName, rejected.getMessage());
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Incident " + incident + " importing " + fileName, e);
            return ImportOutcome.failed(fileName, "it could not be imported because of an error on our side"
                    + " (incident " + incident + ")");
        }
    }

    private List<ImportOutcome> importZip(long projectId, String zipName, byte[] zip, SourceType sourceType) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        long unpacked = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                if (entry.isDirectory() || isHidden(name)) {
                    continue;
                }
                if (++entries > MAX_ZIP_ENTRIES) {
                    outcomes.add(ImportOutcome.failed(zipName, "it holds more than " + MAX_ZIP_ENTRIES
                            + " files; the rest were not imported"));
                    break;
                }
                byte[] content = readAtMost(in, MAX_FILE_BYTES);
                if (content == null) {
                    outcomes.add(ImportOutcome.failed(name, "it unpacks to more than " + megabytes(MAX_FILE_BYTES)
                            + ", the largest file Concordia imports"));
                    unpacked += MAX_FILE_BYTES;
                } else if (isZip(name, content)) {
                    unpacked += content.length;
                    outcomes.add(ImportOutcome.failed(name, "zips inside a zip are not imported; unpack it first"));
                } else {
                    unpacked += content.length;
                    outcomes.add(importOne(projectId, name, content, sourceType));
                }
                if (unpacked > MAX_ZIP_BYTES) {
                    outcomes.add(ImportOutcome.failed(zipName, "it unpacks to more than " + megabytes(MAX_ZIP_BYTES)
                            + "; the rest were not imported"));
                    break;
                }
            }
        } catch (ZipException e) {
            outcomes.add(ImportOutcome.failed(zipName, "the zip file is damaged (" + e.getMessage() + ")"));
        } catch (IOException e) {
            outcomes.add(ImportOutcome.failed(zipName, "the zip file could not be read (" + e.getMessage() + ")"));
        }
        if (outcomes.isEmpty()) {
            outcomes.add(ImportOutcome.failed(zipName, "the zip file holds no files"));
        }
        return outcomes;
    }

    /** Reads the entry up to {@code limit} bytes; null when it is longer, without reading further. */
    private static byte[] readAtMost(ZipInputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int total = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            total += n;
            if (total > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static boolean isZip(String fileName, byte[] content) {
        boolean zipName = fileName.toLowerCase(Locale.ROOT).endsWith(".zip");
        boolean zipMagic = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3
                && content[3] == 4;
        // docx and odt are zips too: only a .zip name, or zip bytes under no known document name, count.
        return zipName || (zipMagic && !fileName.toLowerCase(Locale.ROOT).matches(".*\\.(docx|odt)$")
                && !fileName.contains("."));
    }

    private static boolean isHidden(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        return name.startsWith("__MACOSX/") || base.startsWith(".");
    }

    private static String titleFrom(String fileName) {
        String base = fileName.substring(fileName.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        String title = (dot > 0 ? base.substring(0, dot) : base).replace('_', ' ').strip();
        return title.isEmpty() ? fileName : title;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
