package org.concordia.documents.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concordia.documents.model.CleanedText;
import org.concordia.documents.model.CleanupChoices;
import org.concordia.documents.model.CleanupReport;
import org.concordia.documents.model.CleanupReview;
import org.concordia.documents.model.CleanupStep;
import org.concordia.documents.model.CleanupStepRecord;
import org.concordia.documents.model.Document;
import org.concordia.documents.model.DocumentFile;
import org.concordia.documents.model.DocumentMetadata;
import org.concordia.documents.model.DocumentProvenance;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.ImportOutcome;
import org.concordia.documents.model.OcrSuggestion;
import org.concordia.documents.model.OriginalRecord;
import org.concordia.documents.model.Passage;
import org.concordia.documents.model.PassageKind;
import org.concordia.documents.model.PassageSpan;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.model.SourceType;
import org.concordia.documents.model.SplitPoint;
import org.concordia.documents.model.TextDirection;
import org.concordia.documents.persistence.DocumentRepository;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.text.PlainText;
import org.concordia.tenancy.model.ProjectSummary;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.ProjectService;
import org.concordia.tenancy.service.RequiresTenantRole;
import org.concordia.tenancy.service.TenantAccess;

/** The documents of a project: members read them, supervisors import them and keep their details. */
@ApplicationScoped
@Transactional
public class DocumentService {

    @Inject
    DocumentRepository documents;

    @Inject
    ProjectService projects;

    @Inject
    TenantAccess access;

    /** The project, if it exists in the current tenant; what document pages show as their context. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "read documents")
    public ProjectSummary project(long projectId) {
        return projects.findProject(projectId)
                .orElseThrow(() -> new NotFoundException("error.codebook.thisProjectDoesNotExist"));
    }

    @RequiresTenantRole(value = TenantRole.CODER, action = "read documents")
    public List<DocumentSummary> listDocuments(long projectId) {
        project(projectId);
        return documents.summariesForProject(projectId);
    }

    @RequiresTenantRole(value = TenantRole.CODER, action = "read documents")
    public DocumentSummary document(long documentId) {
        return documents.summary(documentId)
                .orElseThrow(() -> new NotFoundException("error.documents.thisDocumentDoesNotExist"));
    }

    /**
     * A document of the project, as a route that names both asks for it: not found when it is another project's,
     * so that a project's address cannot reach into another project of the tenant.
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "read documents")
    public DocumentSummary documentOf(long projectId, long documentId) {
        DocumentSummary document = document(documentId);
        if (document.projectId() != projectId) {
            throw new NotFoundException("error.coding.thereIsNoDocumentIn", documentId, projectId);
        }
        return document;
    }

    /** The ids of the passages coders code (those not excluded), without loading the text. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "read documents")
    public java.util.Set<Long> codablePassageIds(long documentId) {
        document(documentId);
        return documents.readPassagesOf(documentId).stream().filter(p -> !p.isExcluded()).map(Passage::getId)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The codable passages' ids of every document of a project, by document: one query for progress figures. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "read documents")
    public java.util.Map<Long, java.util.Set<Long>> codablePassageIdsOfProject(long projectId) {
        project(projectId);
        java.util.Map<Long, java.util.Set<Long>> ids = new java.util.HashMap<>();
        for (Object[] row : documents.codablePassageIdsOfProject(projectId)) {
            ids.computeIfAbsent((Long) row[0], d -> new java.util.HashSet<>()).add((Long) row[1]);
        }
        return ids;
    }

    /** The document's cleaned text, which passages and codings point into (code points, end exclusive). */
    @RequiresTenantRole(value = TenantRole.CODER, action = "read documents")
    public String cleanedText(long documentId) {
        return documents.textOf(documentId)
                .orElseThrow(() -> new NotFoundException("error.documents.thisDocumentDoesNotExist"));
    }

    /** The document's passages with their text, in reading order. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "read documents")
    public List<PassageView> passages(long documentId) {
        return viewsOf(documentId, documents.readPassagesOf(documentId));
    }

    /** The document's passages with these ids (others are left out), with their text, in reading order. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "read documents")
    public List<PassageView> passagesWithIds(long documentId, java.util.Collection<Long> ids) {
        return viewsOf(documentId, documents.readPassagesWithIds(documentId, ids));
    }

    /**
     * Some of the document's passages with their text, in reading order: {@code count} from the one at {@code from}
     * (0 is the first). What one screen of a long document shows; its 20,000 passages are not read for it.
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "read documents")
    public List<PassageView> passages(long documentId, int from, int count) {
        return viewsOf(documentId, documents.readPassagesOf(documentId, from, count));
    }

    /**
     * By document of the project, a fingerprint of its passages that changes whenever they change (split, merged,
     * excluded, re-cleaned): what a search index compares to know which documents to read again.
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "read documents")
    public java.util.Map<Long, String> passageFingerprints(long projectId) {
        project(projectId);
        java.util.Map<Long, String> fingerprints = new java.util.HashMap<>();
        for (Object[] row : documents.passageFingerprints(projectId)) {
            fingerprints.put((Long) row[0], row[1] + ":" + row[2] + ":" + row[3] + ":" + row[4] + ":" + row[5] + ":"
                    + row[6]);
        }
        return fingerprints;
    }

    /** How many passages the document has, excluded ones included. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "read documents")
    public int passageCount(long documentId) {
        return documents.passageCountOf(documentId);
    }

    private List<PassageView> viewsOf(long documentId, List<Passage> passages) {
        CleanedText text = new CleanedText(documents.textOf(documentId)
                .orElseThrow(() -> new NotFoundException("error.documents.thisDocumentDoesNotExist")), List.of());
        List<String> texts = text.textsOf(passages.stream().map(Passage::span).toList());
        List<PassageView> views = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            Passage passage = passages.get(i);
            PassageSpan span = passage.span();
            views.add(new PassageView(passage.getId(), passage.getPosition(), span.kind(), span.start(), span.end(),
                    texts.get(i), passage.isExcluded(), passage.getDirection()));
        }
        return views;
    }

    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "change documents' details", writes = true)
    public DocumentSummary describe(long documentId, DocumentMetadata metadata) {
        Document document = existing(documentId);
        document.describeAs(metadata);
        return document.summary();
    }

    /**
     * One passage's bounds, without loading the document's text: what saving a coding checks against. Throws when
     * the passage is not in the document.
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "read documents")
    public PassageView passageBounds(long documentId, long passageId) {
        Passage passage = documents.findPassage(passageId).filter(p -> p.getDocumentId() == documentId)
                .orElseThrow(() -> new NotFoundException("error.documents.thisPassageIsNotIn"));
        PassageSpan span = passage.span();
        return new PassageView(passage.getId(), passage.getPosition(), span.kind(), span.start(), span.end(), null,
                passage.isExcluded());
    }

    /**
     * Records that coding of the document has started (once); from then on its passages are frozen. Called by the
     * coding feature before it stores a coding.
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "code", writes = true)
    public void markCodingStarted(long documentId) {
        documents.markCodingStarted(documentId);
    }

    /** Takes a passage out of coding (or back in): web page furniture, comments, reference lists. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "exclude passages", writes = true)
    public void excludePassage(long passageId, boolean excluded) {
        Passage passage = editablePassage(passageId, "exclude passages");
        editable(passage.getDocumentId());
        passage.exclude(excluded);
    }

    /** Joins a passage and the one after it into one (a paragraph the import cut in two). */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "merge passages", writes = true)
    public void mergeWithNext(long passageId) {
        Passage passage = editablePassage(passageId, "merge passages");
        Document document = editable(passage.getDocumentId());
        List<Passage> inOrder = new ArrayList<>(documents.passagesOf(document.getId()));
        int index = inOrder.indexOf(passage);
        if (index == inOrder.size() - 1) {
            throw new InvalidInputException("error.documents.thisIsTheLastPassage");
        }
        Passage next = inOrder.remove(index + 1);
        passage.absorb(next);
        documents.removePassage(next);
        documents.placeInOrder(inOrder);
        document.passagesEdited(inOrder.size());
    }

    /** Where a passage can be split: before each of its sentences but the first. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "read documents")
    public List<SplitPoint> splitPoints(long passageId) {
        Passage passage = documents.findPassage(passageId)
                .orElseThrow(() -> new NotFoundException("error.consensus.thisPassageDoesNotExist"));
        PassageSpan span = passage.span();
        return PassageSplitter.sentenceStarts(textOf(existing(passage.getDocumentId()), span), span.start());
    }

    /** Cuts a passage in two at {@code offset} (code points into the document): two things the import joined. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "split passages", writes = true)
    public void splitPassage(long passageId, int offset) {
        Passage passage = editablePassage(passageId, "split passages");
        Document document = editable(passage.getDocumentId());
        PassageSpan span = passage.span();
        int[] parts = PassageSplitter.split(textOf(document, span), span.start(), offset);
        List<Passage> inOrder = new ArrayList<>(documents.passagesOf(document.getId()));
        inOrder.add(inOrder.indexOf(passage) + 1, passage.splitOff(parts[0], parts[1]));
        documents.placeInOrder(inOrder);
        document.passagesEdited(inOrder.size());
    }

    private Passage editablePassage(long passageId, String action) {
        access.requireWritable(TenantRole.SUPERVISOR, action);
        return documents.findPassage(passageId)
                .orElseThrow(() -> new NotFoundException("error.consensus.thisPassageDoesNotExist"));
    }

    /** The document, if its passages may still change (no coding yet). */
    private Document editable(long documentId) {
        Document document = existing(documentId);
        if (document.getCodingStartedAt() != null) {
            throw new InvalidInputException("error.documents.codingOfThisDocumentHas");
        }
        return document;
    }

    private static String textOf(Document document, PassageSpan span) {
        return new CleanedText(document.getText(), List.of()).textOf(span);
    }

    /**
     * Stores one imported file as a document with its passages, clean-up decisions and original bytes, all or
     * nothing; or reports the document that already holds the same file. {@code commentsOf}: the article, when
     * this is the document of its reader comments.
     */
    ImportOutcome store(long projectId, String fileName, byte[] original, String sha256, ExtractedText extracted,
            CleanedText cleaned, DocumentMetadata metadata, List<CleanupStep> steps, Long commentsOf) {
        return store(projectId, fileName, original, sha256, extracted, cleaned, metadata, steps, commentsOf, null);
    }

    /** {@link #store} as a backup had it: imported by whom and when {@code provenance} says, if given. */
    ImportOutcome store(long projectId, String fileName, byte[] original, String sha256, ExtractedText extracted,
            CleanedText cleaned, DocumentMetadata metadata, List<CleanupStep> steps, Long commentsOf,
            DocumentProvenance provenance) {
        access.requireWritable(TenantRole.SUPERVISOR, "import documents");
        project(projectId);
        var existing = documents.findBySha(projectId, sha256);
        if (existing.isPresent()) {
            return ImportOutcome.duplicate(fileName, existing.get().getId(), existing.get().summary().title());
        }
        Document document = new Document(projectId, metadata, fileName, extracted.mediaType(), sha256,
                extracted.text(), cleaned, access.currentUser().username());
        if (commentsOf != null) {
            document.holdCommentsOf(commentsOf);
        }
        if (provenance != null) {
            document.importedAs(provenance);
        }
        documents.addDocument(document);
        List<Object> parts = new ArrayList<>(passagesOf(document.getId(), cleaned));
        for (int i = 0; i < steps.size(); i++) {
            parts.add(new CleanupStepRecord(document.getId(), i, steps.get(i)));
        }
        parts.add(new DocumentFile(document.getId(), original));
        documents.addAll(parts);
        return ImportOutcome.imported(fileName, document.getId(), cleaned.passages().size());
    }

    /**
     * Stores a backed-up document as it was: its cleaned text and passages, and its original file, extracted text,
     * clean-up decisions and corrections; or reports the document that already holds the same file (a third
     * document of one file: the backup holds no such thing).
     */
    ImportOutcome storeRestored(long projectId, String fileName, OriginalRecord original, String sha256,
            CleanedText cleaned, DocumentMetadata metadata, DocumentProvenance provenance) {
        // The one file two documents share: a web page's article and the document of its reader comments.
        String sha = documents.findBySha(projectId, sha256).isPresent() ? sha256Of("reader comments of " + sha256)
                : sha256;
        ImportOutcome outcome = store(projectId, fileName, original.content(), sha,
                new ExtractedText(original.mediaType(), original.originalText()), cleaned, metadata,
                original.steps(), null, provenance);
        if (outcome.result() == ImportOutcome.Result.IMPORTED && !original.corrections().isEmpty()) {
            documents.replaceCorrections(outcome.documentId(), original.corrections());
        }
        return outcome;
    }

    /**
     * Stores an imported file and, when its page had reader comments, the document of those comments linked to
     * it: both or neither.
     */
    ImportOutcome storeImport(long projectId, String fileName, byte[] original, String sha256,
            ExtractedText extracted, CleanedText cleaned, DocumentMetadata metadata, List<CleanupStep> steps,
            CleanedText comments, String commentsTitle) {
        ImportOutcome article = store(projectId, fileName, original, sha256, extracted, cleaned, metadata, steps,
                null);
        if (comments == null || article.result() != ImportOutcome.Result.IMPORTED) {
            return article;
        }
        store(projectId, fileName, original, sha256Of("reader comments of " + sha256), extracted, comments,
                DocumentMetadata.titled(commentsTitle, SourceType.READER_COMMENTS), List.of(), article.documentId());
        return article.withComments(comments.passages().size());
    }

    private static String sha256Of(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    ImportOutcome store(long projectId, String fileName, byte[] original, String sha256, ExtractedText extracted,
            CleanedText cleaned, DocumentMetadata metadata) {
        return store(projectId, fileName, original, sha256, extracted, cleaned, metadata, List.of(), null);
    }

    /** The passages to store, each with its direction, walking the text once (a 50 MB text is not copied). */
    private static List<Passage> passagesOf(long documentId, CleanedText cleaned) {
        String text = cleaned.text();
        List<Passage> passages = new ArrayList<>(cleaned.passages().size());
        int charAt = 0;
        int codePointAt = 0;
        for (int i = 0; i < cleaned.passages().size(); i++) {
            PassageSpan span = cleaned.passages().get(i);
            int from = text.offsetByCodePoints(charAt, span.start() - codePointAt);
            int to = text.offsetByCodePoints(from, span.end() - span.start());
            passages.add(new Passage(documentId, i, span, TextDirection.of(text, from, to)));
            charAt = to;
            codePointAt = span.end();
        }
        return passages;
    }

    /** What clean-up did to the document, in full: for the import review page. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "read documents")
    public CleanupReview cleanupReview(long documentId) {
        DocumentSummary summary = document(documentId);
        List<PassageView> passages = passages(documentId);
        Parts parts = cleanupParts(documentId);
        CleanupReport report = parts.report(passages.stream().map(PassageView::kind).toList());
        return new CleanupReview(summary, passages, parts.steps(), parts.suggestions(), parts.corrections(), report,
                parts.comments(), documents.articleOf(documentId).orElse(null));
    }

    /** The figures of the document's clean-up: what the API's document response carries (passages not loaded). */
    @RequiresTenantRole(value = TenantRole.CODER, action = "read documents")
    public CleanupReport cleanupReport(long documentId) {
        document(documentId);
        return cleanupParts(documentId).report(documents.kindsOf(documentId));
    }

    /** What the review and the figures share: the decisions, corrections, OCR suggestions and comments document. */
    private record Parts(List<CleanupStep> steps, Map<String, String> corrections, List<OcrSuggestion> suggestions,
            Long comments, int commentCount) {
        CleanupReport report(List<PassageKind> kinds) {
            return CleanupReport.of(kinds, steps, suggestions, commentCount);
        }
    }

    private Parts cleanupParts(long documentId) {
        List<CleanupStep> steps = documents.stepsOf(documentId).stream().map(CleanupStepRecord::step).toList();
        Map<String, String> corrections = correctionsOf(documentId);
        String text = documents.textOf(documentId).orElse("");
        List<OcrSuggestion> suggestions = OcrRepair.suggestions(text, corrections);
        Long comments = documents.commentsDocumentOf(documentId).orElse(null);
        int commentCount = comments == null ? 0 : documents.summary(comments).map(DocumentSummary::passageCount)
                .orElse(0);
        return new Parts(steps, corrections, suggestions, comments, commentCount);
    }

    /**
     * The document's original as a backup keeps it (see {@link OriginalRecord}); empty for a document whose
     * original file is not kept.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "export datasets")
    public java.util.Optional<OriginalRecord> originalOf(long documentId) {
        Document document = existing(documentId);
        return documents.fileOf(documentId).map(file -> new OriginalRecord(file, document.getMediaType(),
                document.getOriginalText(), documents.stepsOf(documentId).stream().map(CleanupStepRecord::step)
                        .toList(), correctionsOf(documentId)));
    }

    /**
     * Undoes one clean-up decision (or redoes one undone): clean-up runs again on the original file without it.
     * Merges and splits made by hand are replaced by clean-up's passages.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "correct the clean-up", writes = true)
    public void toggleCleanupStep(long documentId, String key) {
        CleanupChoices choices = choicesOf(documentId);
        reclean(documentId, choices.toggled(key));
    }

    /** Corrects words everywhere in the document (OCR misreadings): clean-up runs again with them. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "correct the clean-up", writes = true)
    public void correctWords(long documentId, Map<String, String> corrections) {
        Map<String, String> checked = new java.util.TreeMap<>();
        corrections.forEach((word, replacement) -> {
            String from = PlainText.line(word == null ? "" : word.strip(), "the word to correct");
            String to = PlainText.line(replacement == null ? "" : replacement.strip(), "the correction");
            // One word by another, or a word OCR split in two ("govern ment") by the word.
            if (!from.matches("\\S+( \\S+)?") || to.isBlank() || from.length() > 200 || to.length() > 200) {
                throw new InvalidInputException("error.documents.aCorrectionReplacesOneWord", word, replacement);
            }
            checked.put(from, to);
        });
        reclean(documentId, choicesOf(documentId).correcting(checked));
    }

    /** Takes back a correction: the word reads as the file had it again. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "correct the clean-up", writes = true)
    public void withdrawCorrection(long documentId, String word) {
        reclean(documentId, choicesOf(documentId).withoutCorrection(word));
    }

    /** Changes a passage's kind: a heading taken for a paragraph, a note that is part of the text. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "change passages", writes = true)
    public void changePassageKind(long passageId, PassageKind kind) {
        Passage passage = editablePassage(passageId, "change passages");
        editable(passage.getDocumentId());
        passage.changeKind(kind);
    }

    private CleanupChoices choicesOf(long documentId) {
        java.util.Set<String> undone = new java.util.TreeSet<>();
        for (CleanupStepRecord record : documents.stepsOf(documentId)) {
            if (record.step().undone()) {
                undone.add(record.step().key());
            }
        }
        return new CleanupChoices(undone, correctionsOf(documentId));
    }

    private Map<String, String> correctionsOf(long documentId) {
        Map<String, String> corrections = new java.util.TreeMap<>();
        documents.correctionsOf(documentId).forEach(c -> corrections.put(c.getWord(), c.getReplacement()));
        return corrections;
    }

    private void reclean(long documentId, CleanupChoices choices) {
        access.requireWritable(TenantRole.SUPERVISOR, "correct the clean-up");
        Document document = editable(documentId);
        if (document.getCommentsOf() != null) {
            throw new InvalidInputException("error.documents.thisDocumentHoldsReaderComments");
        }
        byte[] file = documents.fileOf(documentId)
                .orElseThrow(() -> new InvalidInputException("error.documents.theOriginalFileOfThis"));
        DocumentCleanup.Result result = new DocumentCleanup().clean(document.getMediaType(), file,
                document.getOriginalText(), choices);
        if (result.cleaned().passages().isEmpty()) {
            throw new InvalidInputException("error.documents.withThatChangeTheDocument");
        }
        document.recleaned(result.cleaned());
        List<CleanupStepRecord> steps = new ArrayList<>();
        for (int i = 0; i < result.steps().size(); i++) {
            steps.add(new CleanupStepRecord(documentId, i, result.steps().get(i)));
        }
        documents.replacePassagesAndSteps(documentId, passagesOf(documentId, result.cleaned()), steps);
        documents.replaceCorrections(documentId, choices.corrections());
    }

    private Document existing(long documentId) {
        return documents.find(documentId)
                .orElseThrow(() -> new NotFoundException("error.documents.thisDocumentDoesNotExist"));
    }
}
