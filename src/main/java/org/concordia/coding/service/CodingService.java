package org.concordia.coding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concordia.codebook.model.AttributeField;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.model.AppliedClaimType;
import org.concordia.coding.model.AttributeValues;
import org.concordia.coding.model.Coding;
import org.concordia.coding.model.CodingTally;
import org.concordia.coding.model.CodedSpan;
import org.concordia.coding.model.CodedValue;
import org.concordia.coding.model.CodingPage;
import org.concordia.coding.model.CodingView;
import org.concordia.coding.model.VersionedCoding;
import org.concordia.coding.persistence.CodingRepository;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.AccessDeniedException;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.errors.StaleVersionException;
import org.concordia.platform.text.Phrase;
import org.concordia.platform.text.PlainText;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.RequiresTenantRole;
import org.concordia.tenancy.service.TenantAccess;

/**
 * Coding: applying claim types to spans of passages, filling in their attributes and memos. Coders see and change
 * their own codings; supervisors see everybody's and may remove any. Each coding records the codebook version it
 * was made under; the first coding puts the codebook in use.
 */
@ApplicationScoped
@Transactional
public class CodingService {

    @Inject
    CodingRepository codings;

    @Inject
    DocumentService documents;

    @Inject
    CodebookService codebooks;

    @Inject
    TenantAccess access;

    @Inject
    AssignmentService assignments;

    /**
     * The codings of a document the acting user may see. Coding is blind: a coder sees their own, and everybody's
     * only once a supervisor has revealed the document's codings; supervisors see everybody's.
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "see codings")
    public List<CodingView> codingsOf(long documentId) {
        documents.document(documentId);
        String me = access.currentUser().username();
        return seesEverybody(documentId, me) ? codings.forDocument(documentId) : codings.forDocument(documentId, me);
    }

    /**
     * The codings the acting user may see that begin in [{@code from}, {@code to}) of a document (code points): the
     * codings of the passages one screen of a long document shows.
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "see codings")
    public List<CodingView> codingsOf(long documentId, int from, int to) {
        documents.document(documentId);
        String me = access.currentUser().username();
        return codings.forDocumentBetween(documentId, seesEverybody(documentId, me) ? null : me, from, to);
    }

    /** How many codings of a document the acting user may see, and by whom: without reading them. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "see codings")
    public CodingTally tallyOf(long documentId) {
        documents.document(documentId);
        String me = access.currentUser().username();
        return codings.tallyOf(documentId, seesEverybody(documentId, me) ? null : me);
    }

    /**
     * Which claim types each coder applied in each passage of a document, for supervisors: what consensus states
     * are computed from, read without the codings themselves.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "see everybody's codings")
    public List<AppliedClaimType> appliedClaimTypesOf(long documentId) {
        documents.document(documentId);
        return codings.appliedClaimTypes(documentId);
    }

    /**
     * The codings of a project the acting user may see, by document: everybody's for supervisors, for a coder
     * their own and everybody's in documents revealed to them. What the REST API lists.
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "see codings")
    public List<CodingView> visibleCodingsOfProject(long projectId) {
        if (access.has(TenantRole.SUPERVISOR)) {
            return codingsOfProject(projectId);
        }
        List<CodingView> visible = new ArrayList<>();
        for (DocumentSummary document : documents.listDocuments(projectId)) {
            visible.addAll(codingsOf(document.id()));
        }
        return visible;
    }

    /** Every coding of a project, for supervisors: what agreement and review compare. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "see everybody's codings")
    public List<CodingView> codingsOfProject(long projectId) {
        documents.project(projectId);
        return codings.viewsOfProject(projectId);
    }

    /**
     * How often each claim type was applied in the project, by claim type id: by everybody for supervisors; for a
     * coder, her own and those of documents revealed to her (blind coding: others' counts elsewhere would tell her
     * what they coded).
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "see codings")
    public Map<Long, Long> countsByClaimType(long projectId) {
        documents.project(projectId);
        return codings.countsByClaimType(projectId, ownOnlyUnlessSupervisor());
    }

    /**
     * How many codings each claim type has in each document: by claim type id, then document id. Everybody's for
     * supervisors, for a coder those she may see (as {@link #countsByClaimType}).
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "see codings")
    public Map<Long, Map<Long, Long>> countsByClaimTypeAndDocument(long projectId) {
        documents.project(projectId);
        Map<Long, Map<Long, Long>> counts = new java.util.HashMap<>();
        for (Object[] row : codings.countsByClaimTypeAndDocument(projectId, ownOnlyUnlessSupervisor())) {
            counts.computeIfAbsent((Long) row[0], k -> new java.util.HashMap<>())
                    .put((Long) row[1], ((Number) row[2]).longValue());
        }
        return counts;
    }

    /**
     * Where the project's codings lie, without attributes or memos: everybody's for supervisors; for a coder, her own
     * and everybody's in the documents revealed to her, as on the coding screen.
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "see codings")
    public List<CodedSpan> spansOfProject(long projectId) {
        documents.project(projectId);
        return codings.spansOfProject(projectId, ownOnlyUnlessSupervisor());
    }

    /**
     * The project's co-occurrence counts, counted by the database: everybody's codings for supervisors, for a coder
     * those she may see (as {@link #spansOfProject}).
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "see codings")
    public List<org.concordia.coding.model.CoOccurrence> coOccurrences(long projectId, boolean overlapping) {
        documents.project(projectId);
        return codings.coOccurrences(projectId, overlapping, ownOnlyUnlessSupervisor());
    }

    /**
     * The values given to the attributes of these names in the project's codings that have them, one per coding and
     * attribute: everybody's for supervisors, for a coder those she may see (as {@link #spansOfProject}).
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "see codings")
    public List<CodedValue> valuesOf(long projectId, java.util.Collection<String> attributes) {
        documents.project(projectId);
        return attributes.isEmpty() ? List.of() : codings.valuesOf(projectId, attributes, ownOnlyUnlessSupervisor());
    }

    /**
     * The first {@code limit} codings (at most 1,000) of the given claim types in the given documents and passages
     * (empty sets: all; at most 1,000 passages), in document and text order, with how many there are. A supervisor
     * may name a coder (null: everybody); a coder gets those she may see (as {@link #spansOfProject}).
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "see codings")
    public CodingPage segments(long projectId, java.util.Set<Long> claimTypeIds, java.util.Set<Long> documentIds,
            java.util.Set<Long> passageIds, String coder, int limit) {
        documents.project(projectId);
        if (passageIds.size() > 1000) {
            throw new org.concordia.platform.errors.InvalidInputException("error.coding.tooManyPassages", 1000);
        }
        String own = ownOnlyUnlessSupervisor();
        return codings.segments(projectId, claimTypeIds, documentIds, passageIds, own == null ? coder : null, own,
                Math.max(1, Math.min(limit, 1000)));
    }

    /**
     * The first {@code limit} codings whose memo has every one of the words (case aside): everybody's for a
     * supervisor, for a coder those she may see (as {@link #spansOfProject}).
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "see codings")
    public List<CodingView> withMemoWords(long projectId, List<String> words, int limit) {
        documents.project(projectId);
        if (words.isEmpty()) {
            return List.of();
        }
        return codings.withMemoWords(projectId, ownOnlyUnlessSupervisor(), words, Math.max(1, Math.min(limit, 1000)));
    }

    /**
     * Null for a supervisor (everybody's codings), the acting user's name for a coder: the repository then keeps her
     * own codings and those of documents revealed to her (blind coding).
     */
    private String ownOnlyUnlessSupervisor() {
        return access.has(TenantRole.SUPERVISOR) ? null : access.currentUser().username();
    }

    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "export codings")
    public long countOfProject(long projectId) {
        return codings.countOfProject(projectId);
    }

    /** Changes whenever any coding of the project changes: computed figures are cached under it. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "see everybody's codings")
    public String fingerprint(long projectId) {
        return codings.fingerprint(projectId);
    }

    /**
     * By document of the project that has codings, what changes whenever one of its codings is added, changed or
     * removed: for caches of what is computed document by document.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "see everybody's codings")
    public Map<Long, String> fingerprintsByDocument(long projectId) {
        documents.project(projectId);
        Map<Long, String> fingerprints = new java.util.HashMap<>();
        for (Object[] row : codings.fingerprintsByDocument(projectId)) {
            fingerprints.put((Long) row[0], row[1] + ":" + row[2] + ":" + row[3] + ":" + row[4]);
        }
        return fingerprints;
    }

    /** One coder's codings of a document; for another coder's, nothing until a supervisor reveals them. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "see codings")
    public List<CodingView> codingsBy(long documentId, String coder) {
        documents.document(documentId);
        String me = access.currentUser().username();
        if (!coder.equals(me) && !seesEverybody(documentId, me)) {
            return List.of();
        }
        return codings.forDocument(documentId, coder);
    }

    private boolean seesEverybody(long documentId, String user) {
        return access.has(TenantRole.SUPERVISOR) || assignments.revealedTo(documentId, user);
    }

    /** Applies a claim type to [start, end) of a passage, as the acting user. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "code", writes = true)
    public CodingView code(long documentId, long passageId, long claimTypeId, int start, int end) {
        DocumentSummary document = documents.document(documentId);
        documents.markCodingStarted(documentId);
        PassageView passage = documents.passageBounds(documentId, passageId);
        if (passage.excluded()) {
            throw new InvalidInputException("error.coding.thisPassageIsExcludedFrom");
        }
        if (start < passage.start() || end > passage.end() || start >= end) {
            throw new InvalidInputException("error.coding.selectSomeTextInsideOne");
        }
        requireNotSubmitted(documentId, access.currentUser().username());
        ClaimTypeView claimType = claimType(document.projectId(), claimTypeId);
        if (!claimType.draft().codable()) {
            throw new InvalidInputException("error.coding.groupsOtherClaimTypesAnd", claimType.name());
        }
        int version = codebooks.markInUse(document.projectId());
        Coding coding = new Coding(document.projectId(), documentId, passageId, claimTypeId, start, end,
                access.currentUser().username(), version);
        codings.add(coding);
        return coding.view();
    }

    /**
     * {@link #code} and {@link #describe} in one step: the coding is stored with its attributes and memo, or, when
     * one of them is refused, not at all.
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "code", writes = true)
    public CodingView code(long documentId, long passageId, long claimTypeId, int start, int end,
            Map<String, String> values, String memo) {
        CodingView coding = code(documentId, passageId, claimTypeId, start, end);
        boolean described = (values != null && !values.isEmpty()) || (memo != null && !memo.isBlank());
        return described ? describe(coding.id(), values == null ? Map.of() : values, memo) : coding;
    }

    /** Sets a coding's attribute values and memo, checked against its claim type's attributes. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "code", writes = true)
    public CodingView describe(long codingId, Map<String, String> values, String memo) {
        Coding coding = own(codingId, "change");
        check(claimType(coding.getProjectId(), coding.view().claimTypeId()), values, memo);
        coding.describe(values, memo, codebooks.markInUse(coding.getProjectId()));
        return coding.view();
    }

    /**
     * Brings back a coding from a backup (a project import) as it was made: by {@code coder}, who need not be a
     * member, with its attributes, memo and creation time. Supervisors only; the same checks as coding.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "restore codings", writes = true)
    public CodingView restore(long documentId, long passageId, long claimTypeId, int start, int end, String coder,
            Map<String, String> values, String memo, Instant createdAt) {
        return restore(documentId, passageId, claimTypeId, start, end, coder, values, memo, createdAt, null);
    }

    /**
     * {@link #restore} under the codebook version a backup says the coding was made under (null: the current
     * one); the backup's codebook history, restored after its codings, makes that version the codebook's.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "restore codings", writes = true)
    public CodingView restore(long documentId, long passageId, long claimTypeId, int start, int end, String coder,
            Map<String, String> values, String memo, Instant createdAt, Integer codebookVersion) {
        DocumentSummary document = documents.document(documentId);
        documents.markCodingStarted(documentId);
        PassageView passage = documents.passageBounds(documentId, passageId);
        if (start < passage.start() || end > passage.end() || start >= end) {
            throw new InvalidInputException("error.coding.aCodingFromToIs", start, end, (passage.position() + 1),
                    document.title());
        }
        ClaimTypeView claimType = claimType(document.projectId(), claimTypeId);
        Map<String, String> attributes = values == null ? Map.of() : values;
        check(claimType, attributes, memo);
        if (coder == null || coder.isBlank()) {
            throw new InvalidInputException("error.coding.everyCodingNeedsItsCoders");
        }
        int current = codebooks.markInUse(document.projectId());
        if (codebookVersion != null && codebookVersion < 1) {
            throw new InvalidInputException("error.codebook.theBackupsHistoryIsDamaged", codebookVersion);
        }
        int version = codebookVersion == null ? current : codebookVersion;
        Coding coding = new Coding(document.projectId(), documentId, passageId, claimTypeId, start, end,
                coder.strip(), version);
        coding.describe(attributes, memo, version);
        coding.restoreCreationTime(createdAt);
        codings.add(coding);
        return coding.view();
    }

    /** Attribute values must be the claim type's and fit their types; memos have at most 4000 characters. */
    private static void check(ClaimTypeView claimType, Map<String, String> values, String memo) {
        for (AttributeField field : claimType.draft().attributes()) {
            field.check(values.get(field.name()));
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            PlainText.line(value.getValue(), "the value of " + value.getKey());
        }
        PlainText.text(memo, "the memo");
        if (AttributeValues.encode(values).length() > AttributeValues.MAX_ENCODED) {
            throw new InvalidInputException("error.coding.theAttributeValuesOfThis");
        }
        for (String name : values.keySet()) {
            if (claimType.draft().attributes().stream().noneMatch(f -> f.name().equals(name))) {
                throw new InvalidInputException("error.coding.hasNoAttribute", claimType.name(), name);
            }
        }
        if (memo != null && memo.strip().length() > 4000) {
            throw new InvalidInputException("error.coding.aMemoCanHaveAt");
        }
    }

    @RequiresTenantRole(value = TenantRole.CODER, action = "code", writes = true)
    public void delete(long codingId) {
        codings.remove(own(codingId, "delete"));
    }

    /** One coding, to its coder or a supervisor, with the version an update names ({@link #describe(long, Map, String, Long)}). */
    @RequiresTenantRole(value = TenantRole.CODER, action = "read documents")
    public VersionedCoding coding(long codingId) {
        Coding coding = codings.find(codingId)
                .orElseThrow(() -> new NotFoundException("error.coding.thisCodingDoesNotExist"));
        if (!coding.getCoder().equals(access.currentUser().username()) && !access.has(TenantRole.SUPERVISOR)) {
            // Blind coding: another coder's coding is not there for a coder.
            throw new NotFoundException("error.coding.thisCodingDoesNotExist");
        }
        return new VersionedCoding(coding.view(), coding.getVersion());
    }

    /**
     * Sets a coding's attribute values and memo if it is still at {@code expectedVersion} (null: whatever its
     * version); refused with {@link StaleVersionException}, nothing stored, when somebody changed it since.
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "code", writes = true)
    public VersionedCoding describe(long codingId, Map<String, String> values, String memo, Long expectedVersion) {
        requireVersion(own(codingId, "change"), expectedVersion);
        CodingView described = describe(codingId, values == null ? Map.of() : values, memo);
        codings.flush();
        return new VersionedCoding(described, codings.find(codingId).orElseThrow().getVersion());
    }

    /** Deletes a coding if it is still at {@code expectedVersion} (null: whatever its version). */
    @RequiresTenantRole(value = TenantRole.CODER, action = "code", writes = true)
    public void delete(long codingId, Long expectedVersion) {
        requireVersion(own(codingId, "delete"), expectedVersion);
        delete(codingId);
    }

    private static void requireVersion(Coding coding, Long expectedVersion) {
        if (expectedVersion != null && coding.getVersion() != expectedVersion) {
            throw new StaleVersionException("error.coding.changedSinceYouRead", coding.getVersion(),
                    expectedVersion);
        }
    }

    private Coding own(long codingId, String action) {
        Coding coding = codings.find(codingId)
                .orElseThrow(() -> new NotFoundException("error.coding.thisCodingDoesNotExist"));
        boolean mine = coding.getCoder().equals(access.currentUser().username());
        if (!mine && !access.has(TenantRole.SUPERVISOR)) {
            throw new AccessDeniedException("error.coding.youCanOnlyYourOwn", Phrase.of(action));
        }
        requireNotSubmitted(coding.getDocumentId(), coding.getCoder());
        return coding;
    }

    private void requireNotSubmitted(long documentId, String coder) {
        if (assignments.submitted(documentId, coder)) {
            throw new InvalidInputException("error.coding.thisDocumentWasSubmittedAsk");
        }
    }

    private ClaimTypeView claimType(long projectId, long claimTypeId) {
        return codebooks.claimType(projectId, claimTypeId);
    }
}
