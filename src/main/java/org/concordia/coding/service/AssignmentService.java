package org.concordia.coding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.concordia.coding.model.Assignment;
import org.concordia.coding.model.AssignmentView;
import org.concordia.coding.model.AssignmentRecord;
import org.concordia.coding.model.CoderStatus;
import org.concordia.coding.persistence.AssignmentRepository;
import org.concordia.coding.persistence.CodingRepository;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.AccessDeniedException;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.MemberService;
import org.concordia.tenancy.service.RequiresTenantRole;
import org.concordia.tenancy.service.TenantAccess;

/**
 * Who codes which document by when. Supervisors assign by hand or "each document to k coders, balanced"; coders
 * see their assignments with progress and submit a finished document.
 */
@ApplicationScoped
@Transactional
public class AssignmentService {

    @Inject
    AssignmentRepository assignments;

    @Inject
    CodingRepository codings;

    @Inject
    DocumentService documents;

    @Inject
    MemberService members;

    @Inject
    TenantAccess access;

    /** Assigns each of the documents to each of the coders; pairs assigned already are left as they are. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "assign documents", writes = true)
    public int assign(long projectId, List<Long> documentIds, List<String> coders, LocalDate dueOn) {
        requireCoders(coders);
        int made = 0;
        for (long documentId : documentIds) {
            requireInProject(projectId, documentId);
            for (String coder : coders) {
                if (assignments.find(documentId, coder).isEmpty()) {
                    assignments.add(new Assignment(projectId, documentId, coder, dueOn,
                            access.currentUser().username()));
                    made++;
                }
            }
        }
        return made;
    }

    /**
     * Gives every document of the project to {@code k} of the coders, always to those with the fewest assignments
     * in the project so far (ties by name), counting what they have already.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "assign documents", writes = true)
    public int assignBalanced(long projectId, int k, List<String> coders, LocalDate dueOn) {
        requireCoders(coders);
        if (k < 1 || k > coders.size()) {
            throw new InvalidInputException("error.coding.eachDocumentCanGoTo", coders.size());
        }
        List<Assignment> existing = assignments.forProject(projectId);
        Map<String, Integer> load = new HashMap<>();
        coders.forEach(c -> load.put(c, 0));
        existing.forEach(a -> load.computeIfPresent(a.getCoder(), (c, n) -> n + 1));
        Map<Long, Set<String>> holders = new HashMap<>();
        existing.forEach(a -> holders.computeIfAbsent(a.getDocumentId(), d -> new HashSet<>()).add(a.getCoder()));
        int made = 0;
        for (DocumentSummary document : documents.listDocuments(projectId)) {
            Set<String> has = holders.getOrDefault(document.id(), Set.of());
            int missing = k - (int) coders.stream().filter(has::contains).count();
            List<String> chosen = coders.stream().filter(c -> !has.contains(c))
                    .sorted(Comparator.comparing((String c) -> load.get(c)).thenComparing(c -> c))
                    .limit(Math.max(0, missing)).toList();
            for (String coder : chosen) {
                assignments.add(new Assignment(projectId, document.id(), coder, dueOn,
                        access.currentUser().username()));
                load.merge(coder, 1, Integer::sum);
                made++;
            }
        }
        return made;
    }

    /** The acting user's assignments in the current tenant, with progress. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "see assignments")
    public List<AssignmentView> myAssignments() {
        return assignments.forCoder(access.currentUser().username()).stream().map(this::view).toList();
    }

    /** All assignments of a project, with progress: the supervisor's overview. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "see everybody's assignments")
    public List<AssignmentView> projectAssignments(long projectId) {
        documents.project(projectId);
        Map<Long, Set<Long>> codable = documents.codablePassageIdsOfProject(projectId);
        Map<String, Set<Long>> codedByCoderAndDocument = new HashMap<>();
        for (Object[] row : codings.codedPassages(projectId)) {
            codedByCoderAndDocument.computeIfAbsent(row[0] + "/" + row[1], k -> new HashSet<>()).add((Long) row[2]);
        }
        Map<Long, String> titles = documents.listDocuments(projectId).stream()
                .collect(Collectors.toMap(DocumentSummary::id, DocumentSummary::title));
        List<AssignmentView> views = new ArrayList<>();
        for (Assignment assignment : assignments.forProject(projectId)) {
            Set<Long> ofDocument = codable.getOrDefault(assignment.getDocumentId(), Set.of());
            long coded = codedByCoderAndDocument.getOrDefault(assignment.getDocumentId() + "/"
                    + assignment.getCoder(), Set.of()).stream().filter(ofDocument::contains).count();
            views.add(view(assignment, titles.get(assignment.getDocumentId()), (int) coded, ofDocument.size()));
        }
        return views;
    }

    /**
     * Who is assigned to each document of a project, in assignment order: what agreement compares. Without the
     * progress figures, which cost a look at every coding.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "see everybody's assignments")
    public Map<Long, List<String>> codersByDocument(long projectId) {
        documents.project(projectId);
        Map<Long, List<String>> coders = new java.util.LinkedHashMap<>();
        for (Assignment assignment : assignments.forProject(projectId)) {
            coders.computeIfAbsent(assignment.getDocumentId(), d -> new ArrayList<>())
                    .add(assignment.getCoder());
        }
        return coders;
    }

    /** Each document's coders with whether they submitted it: what consensus states are made of. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "see everybody's assignments")
    public Map<Long, List<CoderStatus>> coderStatus(long projectId) {
        documents.project(projectId);
        Map<Long, List<CoderStatus>> status = new java.util.LinkedHashMap<>();
        for (Assignment assignment : assignments.forProject(projectId)) {
            status.computeIfAbsent(assignment.getDocumentId(), d -> new ArrayList<>()).add(
                    new CoderStatus(assignment.getCoder(), assignment.isSubmitted(), assignment.isRevealed()));
        }
        return status;
    }

    /** One document's coders with whether they submitted it. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "see everybody's assignments")
    public List<CoderStatus> coderStatusOf(long documentId) {
        documents.document(documentId);
        return assignments.forDocument(documentId).stream()
                .map(a -> new CoderStatus(a.getCoder(), a.isSubmitted(), a.isRevealed())).toList();
    }

    /** Every assignment of the project as a backup keeps it, document by document. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "see everybody's assignments")
    public List<AssignmentRecord> assignmentRecords(long projectId) {
        documents.project(projectId);
        return assignments.forProject(projectId).stream().map(Assignment::record).toList();
    }

    /**
     * Restores a backup's assignments of one document into its restored copy, submissions and reveals with their
     * times; coders who are not members of the tenant are skipped and named in the answer.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "assign documents", writes = true)
    public List<String> restore(long projectId, long documentId, List<AssignmentRecord> records) {
        requireInProject(projectId, documentId);
        Set<String> memberNames = new HashSet<>(members.listMemberNames());
        List<String> strangers = new ArrayList<>();
        for (AssignmentRecord record : records) {
            if (!memberNames.contains(record.coder())) {
                strangers.add(record.coder());
            } else if (assignments.find(documentId, record.coder()).isEmpty()) {
                assignments.add(Assignment.restored(projectId, new AssignmentRecord(documentId, record.coder(),
                        record.assignedBy(), record.assignedAt(), record.dueOn(), record.submittedAt(),
                        record.revealedAt(), record.revealedBy())));
            }
        }
        return strangers;
    }

    /** Changes whenever an assignment of the project is made, submitted, reopened or revealed. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "see everybody's assignments")
    public String fingerprint(long projectId) {
        return assignments.fingerprint(projectId);
    }

    /** The coder says they are done with the document; their codings of it are frozen. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "submit documents", writes = true)
    public AssignmentView submit(long assignmentId) {
        Assignment assignment = existing(assignmentId);
        if (!assignment.getCoder().equals(access.currentUser().username())) {
            throw new AccessDeniedException("error.coding.onlyCanSubmitThisAssignment", assignment.getCoder());
        }
        assignment.submit();
        return view(assignment);
    }

    /** Lets the coder change their codings of the document again. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "reopen submitted documents", writes = true)
    public AssignmentView reopen(long assignmentId) {
        Assignment assignment = existing(assignmentId);
        assignment.reopen();
        return view(assignment);
    }

    /**
     * Ends blind coding of a document: each of its coders sees the others' codings from now on. Only when all of them
     * have submitted, so that nobody's coding is influenced by another's.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "reveal codings", writes = true)
    public int reveal(long documentId) {
        documents.document(documentId);
        List<Assignment> ofDocument = assignments.forDocument(documentId);
        List<String> waiting = ofDocument.stream().filter(a -> !a.isSubmitted()).map(Assignment::getCoder).toList();
        if (!waiting.isEmpty()) {
            throw new InvalidInputException("error.coding.revealWaitingFor", String.join(", ", waiting));
        }
        ofDocument.forEach(a -> a.reveal(access.currentUser().username()));
        return ofDocument.size();
    }

    /** Whether {@code coder} may see the other coders' codings of the document (a supervisor revealed them). */
    @RequiresTenantRole(value = TenantRole.CODER, action = "see assignments")
    public boolean revealedTo(long documentId, String coder) {
        return assignments.find(documentId, coder).map(Assignment::isRevealed).orElse(false);
    }

    /** Whether {@code coder} has submitted {@code documentId}: then their codings of it are frozen. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "see assignments")
    public boolean submitted(long documentId, String coder) {
        return assignments.find(documentId, coder).map(Assignment::isSubmitted).orElse(false);
    }

    private AssignmentView view(Assignment assignment) {
        DocumentSummary document = documents.document(assignment.getDocumentId());
        Set<Long> codable = documents.codablePassageIds(assignment.getDocumentId());
        long coded = codings.forDocument(assignment.getDocumentId(), assignment.getCoder()).stream()
                .map(c -> c.passageId()).filter(codable::contains).distinct().count();
        return view(assignment, document.title(), (int) coded, codable.size());
    }

    private static AssignmentView view(Assignment assignment, String title, int coded, int codable) {
        return new AssignmentView(assignment.getId(), assignment.getProjectId(), assignment.getDocumentId(),
                title, assignment.getCoder(), assignment.getDueOn(), assignment.getSubmittedAt(),
                assignment.isRevealed(), coded, codable);
    }

    private void requireCoders(List<String> coders) {
        if (coders == null || coders.isEmpty()) {
            throw new InvalidInputException("error.coding.chooseAtLeastOneCoder");
        }
        Set<String> memberNames = new HashSet<>(members.listMemberNames());
        List<String> strangers = new ArrayList<>(coders.stream().filter(c -> !memberNames.contains(c)).toList());
        if (!strangers.isEmpty()) {
            throw new InvalidInputException("error.tenancy.isNotAMemberOf", String.join(", ", strangers));
        }
    }

    private void requireInProject(long projectId, long documentId) {
        if (documents.document(documentId).projectId() != projectId) {
            throw new NotFoundException("error.coding.thisDocumentIsNotIn");
        }
    }

    /** The project an assignment belongs to; throws when it does not exist in the current tenant. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "see assignments")
    public long projectOf(long assignmentId) {
        return existing(assignmentId).getProjectId();
    }

    private Assignment existing(long assignmentId) {
        return assignments.find(assignmentId)
                .orElseThrow(() -> new NotFoundException("error.coding.thisAssignmentDoesNotExist"));
    }
}
