package org.concordia.documents.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.concordia.documents.model.CleanupKind;
import org.concordia.documents.model.CleanupReview;
import org.concordia.documents.model.CleanupStep;
import org.concordia.documents.model.OcrSuggestion;
import org.concordia.documents.model.PassageKind;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.faces.Messages;
import org.concordia.platform.faces.Texts;
import org.concordia.tenancy.model.ProjectSummary;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.TenantAccess;

/**
 * The import review of one document ({@code cleanup.xhtml?document=12}): the cleaned text beside everything
 * clean-up removed, joined, set apart or corrected, each with its reason; supervisors undo a decision, correct
 * OCR misreadings everywhere, change a passage's kind or take it in or out of coding, until coding starts.
 */
@Named
@ViewScoped
public class CleanupView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentService documents;

    @Inject
    TenantAccess access;

    private Long document;
    private CleanupReview review;
    private ProjectSummary project;
    private boolean supervisor;
    /** The kind of decision shown, or null for all. */
    private CleanupKind shown;
    /** The supervisor's replacement for each suggested word, editable before applying. */
    private final Map<String, String> replacements = new TreeMap<>();

    public void load() {
        if (document == null) {
            throw new NotFoundException("error.documents.noDocumentWasNamedOpen");
        }
        supervisor = access.has(TenantRole.SUPERVISOR);
        reload();
        project = documents.project(review.document().projectId());
    }

    private void reload() {
        review = documents.cleanupReview(document);
        replacements.clear();
        review.suggestions().forEach(s -> replacements.put(s.word(), s.replacement()));
    }

    public void toggle(CleanupStep step) {
        documents.toggleCleanupStep(document, step.key());
        reload();
        Messages.info(Texts.get(step.undone() ? "cleanup.msg.redone" : "cleanup.msg.undone", Texts.label(step.kind()),
                abbreviate(step.text())));
    }

    public void apply(OcrSuggestion suggestion) {
        String replacement = replacements.getOrDefault(suggestion.word(), suggestion.replacement());
        documents.correctWords(document, Map.of(suggestion.word(), replacement));
        reload();
        Messages.info(Texts.get(suggestion.occurrences() == 1 ? "cleanup.msg.correctedOne" : "cleanup.msg.correctedMany",
                suggestion.word(), replacement, suggestion.occurrences()));
    }

    public void applyAll() {
        Map<String, String> all = new LinkedHashMap<>();
        review.suggestions().forEach(s -> all.put(s.word(), replacements.getOrDefault(s.word(), s.replacement())));
        if (all.isEmpty()) {
            return;
        }
        documents.correctWords(document, all);
        reload();
        Messages.info(Texts.get(all.size() == 1 ? "cleanup.msg.wordsOne" : "cleanup.msg.wordsMany", all.size()));
    }

    public void withdraw(String word) {
        documents.withdrawCorrection(document, word);
        reload();
        Messages.info(Texts.get("cleanup.msg.withdrawn", word));
    }

    public void toggleExcluded(PassageView passage) {
        documents.excludePassage(passage.id(), !passage.excluded());
        reload();
    }

    public void changeKind(PassageView passage, PassageKind kind) {
        documents.changePassageKind(passage.id(), kind);
        reload();
        Messages.info(Texts.get("cleanup.msg.kindChanged", passage.position() + 1, Texts.label(kind)));
    }

    /** The decisions shown: all, or those of the chosen kind. */
    public List<CleanupStep> getSteps() {
        if (shown == null) {
            return review.steps();
        }
        return review.steps().stream().filter(s -> s.kind() == shown).toList();
    }

    /** The kinds of decision this document has, with how many of each, for the filter. */
    public List<Map.Entry<CleanupKind, Long>> getKindCounts() {
        Map<CleanupKind, Long> counts = new TreeMap<>();
        review.steps().forEach(s -> counts.merge(s.kind(), 1L, Long::sum));
        return new ArrayList<>(counts.entrySet());
    }

    public boolean isEditable() {
        return supervisor && review.editable();
    }

    public PassageKind[] getPassageKinds() {
        return PassageKind.values();
    }

    public CleanupReview getReview() {
        return review;
    }

    public ProjectSummary getProject() {
        return project;
    }

    public Long getDocument() {
        return document;
    }

    public void setDocument(Long document) {
        this.document = document;
    }

    public CleanupKind getShown() {
        return shown;
    }

    public void setShown(CleanupKind shown) {
        this.shown = shown;
    }

    public Map<String, String> getReplacements() {
        return replacements;
    }

    public CleanupKind[] getCleanupKinds() {
        return CleanupKind.values();
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "\u2026";
    }
}
