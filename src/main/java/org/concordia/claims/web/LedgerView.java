package org.concordia.claims.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.concordia.claims.model.LedgerEntry;
import org.concordia.claims.model.Polarity;
import org.concordia.claims.model.RelationView;
import org.concordia.claims.model.StructuredClaim;
import org.concordia.claims.model.VerdictKind;
import org.concordia.claims.service.ReconciliationService;
import org.concordia.claims.service.RelationService;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.faces.Messages;
import org.concordia.platform.faces.Texts;
import org.concordia.tenancy.model.ProjectSummary;

/**
 * The ledger of a project's propositions ({@code ledger.xhtml?project=3}, {@code /go/ledger/3}) and the
 * reconciliation workspace of one: the evidence side by side, the verdict form and the verdicts so far.
 */
@Named
@ViewScoped
public class LedgerView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReconciliationService reconciliation;

    @Inject
    DocumentService documents;

    @Inject
    RelationService relations;

    private Long project;
    private ProjectSummary summary;
    private List<LedgerEntry> entries;
    private boolean contestedOnly = true;
    private LedgerEntry selected;

    private List<RelationView> vocabulary;
    private String relationName;
    private String relationFamily = "stance";
    private Polarity relationPolarity = Polarity.FOR;
    private int relationStrength = 2;
    private String relationDescription;
    private boolean relationExclusive;
    private boolean perCoderShown;

    private VerdictKind kind;
    private Long favoured;
    private String rationale;
    private String confidence = "medium";

    public void load() {
        if (project == null) {
            throw new NotFoundException("error.claims.noProjectWasNamedOpen");
        }
        summary = documents.project(project);
        entries = reconciliation.ledger(project);
        vocabulary = relations.vocabulary(project);
    }

    /** Adds a relation to the vocabulary, or changes the one of the same name; the ledger is recomputed with it. */
    public void saveRelation() {
        RelationView saved = relations.save(project, new RelationView(0, relationName, relationFamily,
                relationPolarity, relationStrength, relationDescription, relationExclusive));
        Messages.info(Texts.get("ledger.msg.relationSaved", saved.name(), saved.family(), saved.stance()));
        relationName = null;
        relationDescription = null;
        relationExclusive = false;
        load();
    }

    /** Fills the relation form with a relation of the vocabulary, to change it. */
    public void editRelation(RelationView relation) {
        relationName = relation.name();
        relationFamily = relation.family();
        relationPolarity = relation.polarity();
        relationStrength = relation.strength();
        relationDescription = relation.description();
        relationExclusive = relation.exclusive();
    }

    public boolean isRelationExclusive() {
        return relationExclusive;
    }

    public void setRelationExclusive(boolean relationExclusive) {
        this.relationExclusive = relationExclusive;
    }

    /** Whether the workspace also shows each coder's own claims, for exploration: never evidence. */
    public boolean isPerCoderShown() {
        return perCoderShown;
    }

    public void setPerCoderShown(boolean perCoderShown) {
        this.perCoderShown = perCoderShown;
    }

    public Polarity[] getPolarities() {
        return Polarity.values();
    }

    public List<RelationView> getVocabulary() {
        return vocabulary;
    }

    public String getRelationName() {
        return relationName;
    }

    public void setRelationName(String relationName) {
        this.relationName = relationName;
    }

    public String getRelationFamily() {
        return relationFamily;
    }

    public void setRelationFamily(String relationFamily) {
        this.relationFamily = relationFamily;
    }

    public Polarity getRelationPolarity() {
        return relationPolarity;
    }

    public void setRelationPolarity(Polarity relationPolarity) {
        this.relationPolarity = relationPolarity;
    }

    public int getRelationStrength() {
        return relationStrength;
    }

    public void setRelationStrength(int relationStrength) {
        this.relationStrength = relationStrength;
    }

    public String getRelationDescription() {
        return relationDescription;
    }

    public void setRelationDescription(String relationDescription) {
        this.relationDescription = relationDescription;
    }

    public List<LedgerEntry> getShown() {
        return contestedOnly ? entries.stream().filter(e -> e.proposition().contested() || e.latest() != null)
                .toList() : entries;
    }

    public void open(LedgerEntry entry) {
        selected = entry;
        kind = null;
        favoured = null;
        rationale = null;
    }

    public void decide() {
        String key = selected.proposition().key();
        reconciliation.decide(project, key, kind, favoured, rationale, confidence);
        Messages.info(Texts.get("ledger.msg.verdict", selected.proposition().title()));
        entries = reconciliation.ledger(project);
        selected = entries.stream().filter(e -> e.proposition().key().equals(key)).findFirst().orElse(null);
        rationale = null;
    }

    /** "Iran backed Mustafa al-Kadhimi" */
    public String sentence(StructuredClaim claim) {
        if (claim.figure() != null) {
            return Objects.requireNonNullElse(claim.subject(), "The source") + " reported " + claim.figure() + " "
                    + claim.object();
        }
        return Objects.requireNonNullElse(claim.subject(), "?") + " " + claim.relation() + " " + claim.object();
    }

    /** "May 2020, certain, according to Reuters": what the claim says of its time, certainty and source, as given. */
    public String circumstances(StructuredClaim claim) {
        List<String> parts = new java.util.ArrayList<>();
        if (claim.time() != null && !claim.time().isBlank()) {
            parts.add(claim.time());
        }
        if (claim.certainty() != null && !claim.certainty().isBlank()) {
            parts.add(claim.certainty());
        }
        if (claim.attributedTo() != null && !claim.attributedTo().isBlank()) {
            parts.add(Texts.get("ledger.accordingTo", claim.attributedTo()));
        }
        return String.join(", ", parts);
    }

    /**
     * "an interested party (Iran)" where the open proposition's claim is attributed to one of its own parties, so
     * that a reader weighs it as such; empty otherwise.
     */
    public String interestedParty(StructuredClaim claim) {
        String party = selected == null ? null : selected.proposition().interestedParties().get(claim.codingId());
        return party == null ? "" : Texts.get("ledger.interestedParty", party);
    }

    public String claimLabel(StructuredClaim claim) {
        return sentence(claim) + " (" + claim.source() + ")";
    }

    public boolean isInConflict(StructuredClaim claim) {
        return selected != null && selected.proposition().conflicts().stream()
                .anyMatch(c -> c.codingIds().contains(claim.codingId()));
    }

    public VerdictKind[] getKinds() {
        return VerdictKind.values();
    }

    public List<String> getConfidences() {
        return List.of("low", "medium", "high");
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public ProjectSummary getSummary() {
        return summary;
    }

    public List<LedgerEntry> getEntries() {
        return entries;
    }

    public boolean isContestedOnly() {
        return contestedOnly;
    }

    public void setContestedOnly(boolean contestedOnly) {
        this.contestedOnly = contestedOnly;
    }

    public LedgerEntry getSelected() {
        return selected;
    }

    public VerdictKind getKind() {
        return kind;
    }

    public void setKind(VerdictKind kind) {
        this.kind = kind;
    }

    public Long getFavoured() {
        return favoured;
    }

    public void setFavoured(Long favoured) {
        this.favoured = favoured;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getConfidence() {
        return confidence;
    }

    public void setConfidence(String confidence) {
        this.confidence = confidence;
    }
}
