package org.concordia.documents.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.concordia.documents.model.CleanedText;
import org.concordia.documents.model.Document;
import org.concordia.documents.model.DocumentFile;
import org.concordia.documents.model.DocumentMetadata;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.ImportOutcome;
import org.concordia.documents.model.Passage;
import org.concordia.documents.model.PassageSpan;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.model.SplitPoint;
import org.concordia.documents.persistence.DocumentRepository;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
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
                .orElseThrow(() -> new NotFoundException("This project does not exist (any more)."));
    }

    @RequiresTenantRole(value = TenantRole.CODER, action = "read documents")
    public List<DocumentSummary> listDocuments(long projectId) {
        project(projectId);
        return documents.summariesForProject(projectId);
    }

    @RequiresTenantRole(value = TenantRole.CODER, action = "read documents")
    public DocumentSummary document(long documentId) {
        return documents.summary(documentId)
                .orElseThrow(() -> new NotFoundException("This document does not exist (any more)."));
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
                .orElseThrow(() -> new NotFoundException("This document does not exist (any more)."));
    }

    /** The document's passages with their text, in reading order. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "read documents")
    public List<PassageView> passages(long documentId) {
        CleanedText text = new CleanedText(documents.textOf(documentId)
                .orElseThrow(() -> new NotFoundException("This document does not exist (any more).")), List.of());
        List<Passage> passages = documents.readPassagesOf(documentId);
        List<String> texts = text.textsOf(passages.stream().map(Passage::span).toList());
        List<PassageView> views = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            Passage passage = passages.get(i);
            PassageSpan span = passage.span();
            views.add(new PassageView(passage.getId(), passage.getPosition(), span.kind(), span.start(), span.end(),
                    texts.get(i), passage.isExcluded()));
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
                .orElseThrow(() -> new NotFoundException("This passage is not in the document."));
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
            throw new InvalidInputException("This is the last passage: there is nothing after it to merge with.");
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
                .orElseThrow(() -> new NotFoundException("This passage does not exist (any more)."));
        PassageSpan span = passage.span();
        return PassageSplitter.sentenceStarts(textOf(existing(passage.getDocumentId()), span), span.start());
    }

    /** Cuts a passage in two at {@code offset} (code points into the document): two things the import joined. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "split passages", writes = true)
    public void splitPassage(long passageId, int offset) {
        Passage passage = editablePassage(passageId, "split passages");
        Document document = editable(passage.getDocumentId());
        PassageSpan span = passage.span();
        int[] parts;
        try {
            parts = PassageSplitter.split(textOf(document, span), span.start(), offset);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
        List<Passage> inOrder = new ArrayList<>(documents.passagesOf(document.getId()));
        inOrder.add(inOrder.indexOf(passage) + 1, passage.splitOff(parts[0], parts[1]));
        documents.placeInOrder(inOrder);
        document.passagesEdited(inOrder.size());
    }

    private Passage editablePassage(long passageId, String action) {
        access.requireWritable(TenantRole.SUPERVISOR, action);
        return documents.findPassage(passageId)
                .orElseThrow(() -> new NotFoundException("This passage does not exist (any more)."));
    }

    /** The document, if its passages may still change (no coding yet). */
    private Document editable(long documentId) {
        Document document = existing(documentId);
        if (document.getCodingStartedAt() != null) {
            throw new InvalidInputException("Coding of this document has started: its passages are frozen, because"
                    + " codings point into them.");
        }
        return document;
    }

    private static String textOf(Document document, PassageSpan span) {
        return new CleanedText(document.getText(), List.of()).textOf(span);
    }

    /**
     * Stores one imported file as a document with its passages and original bytes, all or nothing; or reports the
     * document that already holds the same file.
     */
    ImportOutcome store(long projectId, String fileName, byte[] original, String sha256, ExtractedText extracted,
            CleanedText cleaned, DocumentMetadata metadata) {
        access.requireWritable(TenantRole.SUPERVISOR, "import documents");
        project(projectId);
        var existing = documents.findBySha(projectId, sha256);
        if (existing.isPresent()) {
            return ImportOutcome.duplicate(fileName, existing.get().getId(), existing.get().summary().title());
        }
        Document document = documents.addDocument(new Document(projectId, metadata, fileName, extracted.mediaType(),
                sha256, extracted.text(), cleaned, access.currentUser().username()));
        List<Object> parts = new ArrayList<>();
        for (int i = 0; i < cleaned.passages().size(); i++) {
            parts.add(new Passage(document.getId(), i, cleaned.passages().get(i)));
        }
        parts.add(new DocumentFile(document.getId(), original));
        documents.addAll(parts);
        return ImportOutcome.imported(fileName, document.getId(), cleaned.passages().size());
    }

    private Document existing(long documentId) {
        return documents.find(documentId)
                .orElseThrow(() -> new NotFoundException("This document does not exist (any more)."));
    }
}
