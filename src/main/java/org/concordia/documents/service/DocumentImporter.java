package org.concordia.documents.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
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
import org.concordia.documents.model.CleanedText;
import org.concordia.documents.model.CleanupChoices;
import org.concordia.documents.model.DocumentMetadata;
import org.concordia.documents.model.ImportOutcome;
import org.concordia.documents.model.OriginalRecord;
import org.concordia.documents.model.PassageSpan;
import org.concordia.documents.model.SourceType;
import org.concordia.platform.errors.AccessDeniedException;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.text.Explanation;
import org.concordia.platform.upload.SpooledUpload;
import org.concordia.platform.upload.UnpackedZip;
import org.concordia.platform.upload.UploadLimits;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.RequiresTenantRole;

/**
 * Imports files into a project: single files, zips of many, pasted text. Each file is stored in its own
 * transaction, so a bad file is reported with its reason and the others still go in; nothing of a failed file is
 * kept. Uploads go to a temporary file as they arrive, and zips are unpacked there within limits and refused whole
 * when over one, so that a zip bomb stops within a megabyte and a zip is never half imported.
 */
@ApplicationScoped
public class DocumentImporter {

    /** The largest single file, as uploaded or inside a zip. */
    public static final int MAX_FILE_BYTES = 50 * 1024 * 1024;
    /** The most one upload (a file, or a zip of many) may be, as sent: web.xml's request limit. */
    public static final long MAX_REQUEST_BYTES = 200L * 1024 * 1024;
    /** A zip of documents: files of at most 50 MB, 200 MB and 1,000 files in all, expanding at most 200-fold. */
    static final UploadLimits ZIP_LIMITS = new UploadLimits(MAX_FILE_BYTES, 200L * 1024 * 1024, 1000, 200);

    /**
     * The longest cleaned text a document may have: about 8,000 pages. Longer texts are refused with a reason
     * before anything is stored (the embedded database holds a whole import in memory until it commits, and a
     * 50 MB text of 90,000 passages exhausted it).
     */
    public static final int MAX_TEXT_CHARS = 20_000_000;

    private static final Logger LOG = Logger.getLogger(DocumentImporter.class.getName());

    @Inject
    TextExtractor extractor;

    @Inject
    DocumentService documents;

    private final DocumentCleanup cleanup = new DocumentCleanup();

    /** Imports an uploaded file, or every file in an uploaded zip, with {@code defaults} for their details. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "import documents", writes = true)
    public List<ImportOutcome> importUpload(long projectId, String fileName, byte[] content, SourceType sourceType) {
        return importUpload(projectId, fileName, new ByteArrayInputStream(content), sourceType);
    }

    /**
     * Imports an upload as it arrives: copied to a temporary file (never more than a request may hold), then
     * imported as one file or, for a zip, checked whole within {@link #ZIP_LIMITS} before any of its files is
     * stored. A zip over a limit is refused as a whole with {@link org.concordia.platform.errors.TooLargeException}.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "import documents", writes = true)
    public List<ImportOutcome> importUpload(long projectId, String fileName, InputStream content,
            SourceType sourceType) {
        documents.project(projectId);
        String name = UnpackedZip.safeName(fileName);
        if (name.isEmpty()) {
            name = "upload";
        }
        try (SpooledUpload upload = SpooledUpload.of(content, MAX_REQUEST_BYTES, "\u201c" + name + "\u201d")) {
            if (isZip(name, upload.head(4))) {
                return importZip(projectId, name, upload, sourceType);
            }
            if (upload.size() > MAX_FILE_BYTES) {
                return List.of(ImportOutcome.failed(name, Explanation.of("import.tooLarge",
                        megabytes(upload.size()), megabytes(MAX_FILE_BYTES))));
            }
            return List.of(importOne(projectId, name, upload.bytes(), sourceType));
        }
    }

    /** Imports text pasted into the browser as a document titled {@code title}. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "import documents", writes = true)
    public ImportOutcome importPasted(long projectId, String title, String text, SourceType sourceType) {
        String name = title == null || title.isBlank() ? "Pasted text" : title.strip();
        byte[] bytes = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
        return importOne(projectId, name + ".txt", bytes, DocumentMetadata.titled(name, sourceType));
    }

    /**
     * Imports one file another tool's project brought (DOCX, PDF, RTF, ODT, HTML or text) exactly as an upload of
     * it is imported, cleaned and with its original kept, and with the details given. What the file's text turned
     * into is then {@link DocumentService#cleanedText}; a file that cannot be imported comes back failed, as an
     * upload would.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "import documents", writes = true)
    public ImportOutcome importSource(long projectId, String fileName, byte[] content, DocumentMetadata metadata) {
        documents.project(projectId);
        return importOne(projectId, UnpackedZip.safeName(fileName), content, metadata);
    }

    /**
     * Stores a text exactly as given, with the given passages (or, when there are none, its paragraphs as they
     * stand), without cleaning it: what a project import does, whose codings point into the text by offsets.
     * Passages listed in {@code excluded} (positions) are excluded from coding. Fails as a whole.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "import documents", writes = true)
    public ImportOutcome importVerbatim(long projectId, String fileName, String text, List<PassageSpan> passages,
            java.util.Set<Integer> excluded, DocumentMetadata metadata) {
        return importVerbatim(projectId, fileName, text, passages, excluded, metadata, null, null);
    }

    /**
     * {@link #importVerbatim} with the document's original as a backup kept it (null: the text is its own
     * original): the uploaded file, the text extracted from it, the clean-up decisions and corrections, so that
     * clean-up can still be corrected in the restored copy; and imported by whom and when {@code provenance} says
     * (null: by the person restoring it, now).
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "import documents", writes = true)
    public ImportOutcome importVerbatim(long projectId, String fileName, String text, List<PassageSpan> passages,
            java.util.Set<Integer> excluded, DocumentMetadata metadata, OriginalRecord original,
            org.concordia.documents.model.DocumentProvenance provenance) {
        List<PassageSpan> spans = passages == null || passages.isEmpty() ? PassageSplitter.paragraphsOf(text)
                : passages;
        if (spans.isEmpty()) {
            throw new InvalidInputException("error.documents.containsNoText", metadata.title());
        }
        int length = text.codePointCount(0, text.length());
        for (PassageSpan span : spans) {
            if (span.end() > length) {
                throw new InvalidInputException("error.documents.aPassageOfEndsAt", metadata.title(), span.end(),
                        length);
            }
        }
        ImportOutcome outcome;
        if (original == null) {
            byte[] content = text.getBytes(StandardCharsets.UTF_8);
            outcome = documents.store(projectId, fileName, content, sha256(content),
                    new ExtractedText("text/plain", text), new CleanedText(text, spans), metadata, List.of(), null,
                    provenance);
        } else {
            if (original.content().length > MAX_FILE_BYTES) {
                throw new InvalidInputException("import.tooLarge", megabytes(original.content().length),
                        megabytes(MAX_FILE_BYTES));
            }
            outcome = documents.storeRestored(projectId, fileName, original, sha256(original.content()),
                    new CleanedText(text, spans), metadata, provenance);
        }
        if (outcome.result() == ImportOutcome.Result.IMPORTED && excluded != null) {
            // Exactly the exclusions the exporting project had: notes it included come back included too.
            for (var passage : documents.passages(outcome.documentId())) {
                boolean exclude = excluded.contains(passage.position());
                if (passage.excluded() != exclude) {
                    documents.excludePassage(passage.id(), exclude);
                }
            }
        }
        return outcome;
    }

    private ImportOutcome importOne(long projectId, String fileName, byte[] content, SourceType sourceType) {
        return importOne(projectId, fileName, content, DocumentMetadata.titled(titleFrom(fileName), sourceType));
    }

    private ImportOutcome importOne(long projectId, String fileName, byte[] content, DocumentMetadata metadata) {
        try {
            if (content.length > MAX_FILE_BYTES) {
                throw new ImportRejected("import.tooLarge", megabytes(content.length), megabytes(MAX_FILE_BYTES));
            }
            ExtractedText extracted = extractor.extract(fileName, content);
            requireCodableLength(extracted.text().length());
            DocumentCleanup.Result cleaned = cleanup.clean(extracted.mediaType(), content, extracted.text(),
                    CleanupChoices.NONE);
            if (cleaned.cleaned().passages().isEmpty()) {
                throw new ImportRejected("import.noText");
            }
            requireCodableLength(cleaned.cleaned().text().length());
            CleanedText comments = cleaned.comments().isEmpty() ? null : ReaderComments.asText(cleaned.comments());
            return documents.storeImport(projectId, fileName, content, sha256(content), extracted, cleaned.cleaned(),
                    metadata, cleaned.steps(), comments, ReaderComments.title(metadata.title()));
        } catch (ImportRejected rejected) {
            return ImportOutcome.failed(fileName, rejected.reason());
        } catch (NotFoundException | AccessDeniedException refused) {
            // Not this file's fault: the project is not the caller's, or not to be written by them.
            throw refused;
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Incident " + incident + " importing " + fileName, e);
            return ImportOutcome.failed(fileName, Explanation.of("import.errorOnOurSide", incident));
        }
    }

    /** Refuses a text longer than {@link #MAX_TEXT_CHARS}, before clean-up reads it and before anything is stored. */
    private static void requireCodableLength(int characters) throws ImportRejected {
        if (characters > MAX_TEXT_CHARS) {
            throw new ImportRejected("import.textTooLong", String.format(Locale.ROOT, "%.1f", characters / 1e6),
                    MAX_TEXT_CHARS / 1_000_000);
        }
    }

    private List<ImportOutcome> importZip(long projectId, String zipName, SpooledUpload zip, SourceType sourceType) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        try (UnpackedZip unpacked = UnpackedZip.unpack(zip.file(), ZIP_LIMITS,
                Explanation.of("upload.theZipNamed", zipName))) {
            for (UnpackedZip.Entry entry : unpacked.entries()) {
                if (isHidden(entry.name())) {
                    continue;
                }
                byte[] content = entry.bytes();
                if (isZip(entry.name(), content)) {
                    outcomes.add(ImportOutcome.failed(entry.name(), Explanation.of("import.zipInZip")));
                } else {
                    outcomes.add(importOne(projectId, entry.name(), content, sourceType));
                }
            }
        }
        if (outcomes.isEmpty()) {
            outcomes.add(ImportOutcome.failed(zipName, Explanation.of("import.emptyZip")));
        }
        return outcomes;
    }

    private static boolean isZip(String fileName, byte[] head) {
        boolean zipName = fileName.toLowerCase(Locale.ROOT).endsWith(".zip");
        boolean zipMagic = head.length > 3 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
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
        return UploadLimits.megabytes(bytes);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
