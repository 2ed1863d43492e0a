package org.concordia.documents.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.concordia.documents.model.DocumentGroup;
import org.concordia.documents.model.DocumentGroupView;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.DocumentVariable;
import org.concordia.documents.model.DocumentVariables;
import org.concordia.documents.persistence.DocumentGroupRepository;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.errors.StaleVersionException;
import org.concordia.platform.text.PlainText;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.RequiresTenantRole;

/**
 * How a project's documents are organised beyond their fixed details: groups of documents ("Interviews", "Iraqi
 * press") that the documents list filters by, and variables, named values per document ("gender: female",
 * "wave: 2"). Members read both; supervisors keep them. Other tools' projects bring them as sets, cases and
 * variables, and Concordia's .qdpx carries them back out.
 */
@ApplicationScoped
@Transactional
public class DocumentGroupService {

    /** The most variables one document has. */
    public static final int MAX_VARIABLES = 100;

    @Inject
    DocumentGroupRepository groups;

    @Inject
    DocumentService documents;

    @RequiresTenantRole(value = TenantRole.CODER, action = "read documents")
    public List<DocumentGroupView> groups(long projectId) {
        documents.project(projectId);
        return groups.groupsOf(projectId).stream().map(DocumentGroup::view).toList();
    }

    /** A new, empty group of the project's documents; its name must be new in the project. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "group documents", writes = true)
    public DocumentGroupView createGroup(long projectId, String name, String description) {
        documents.project(projectId);
        String groupName = PlainText.line(name == null ? "" : name.strip(), "the group's name");
        if (groupName.isEmpty()) {
            throw new InvalidInputException("error.documents.aGroupNeedsAName");
        }
        if (groupName.length() > DocumentGroup.MAX_NAME) {
            throw new InvalidInputException("error.documents.aGroupsNameHasAtMost", DocumentGroup.MAX_NAME);
        }
        if (groups.nameTaken(projectId, groupName)) {
            throw new InvalidInputException("error.documents.thereIsAGroupCalled", groupName);
        }
        String text = description == null || description.isBlank() ? null
                : PlainText.text(description.strip(), "the group's description");
        if (text != null && text.length() > DocumentGroup.MAX_DESCRIPTION) {
            throw new InvalidInputException("error.documents.aGroupsDescriptionHasAtMost",
                    DocumentGroup.MAX_DESCRIPTION);
        }
        DocumentGroup group = new DocumentGroup(projectId, groupName, text);
        groups.add(group);
        return group.view();
    }

    /** Puts documents of the group's project into it (those already in it stay). */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "group documents", writes = true)
    public DocumentGroupView addToGroup(long groupId, Collection<Long> documentIds) {
        DocumentGroup group = existing(groupId);
        group.add(ofProject(group.getProjectId(), documentIds));
        return group.view();
    }

    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "group documents", writes = true)
    public DocumentGroupView removeFromGroup(long groupId, Collection<Long> documentIds) {
        DocumentGroup group = existing(groupId);
        group.remove(documentIds);
        return group.view();
    }

    /** Removes the group; its documents stay as they are. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "group documents", writes = true)
    public void deleteGroup(long groupId) {
        groups.remove(existing(groupId));
    }

    /** The groups a document is in become exactly {@code groupIds} (groups of its project). */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "group documents", writes = true)
    public void placeInGroups(long documentId, Set<Long> groupIds) {
        DocumentSummary document = documents.document(documentId);
        for (DocumentGroup group : groups.groupsOf(document.projectId())) {
            if (groupIds.contains(group.getId())) {
                group.add(List.of(documentId));
            } else {
                group.remove(List.of(documentId));
            }
        }
    }

    /**
     * What the document page saves at once: the groups the document is in (and a new group for it, when named)
     * and its variables. All or nothing.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "group documents", writes = true)
    public void organise(long documentId, Set<Long> groupIds, String newGroup, Map<String, String> variables) {
        DocumentSummary document = documents.document(documentId);
        Set<Long> chosen = new java.util.HashSet<>(groupIds);
        if (newGroup != null && !newGroup.isBlank()) {
            chosen.add(createGroup(document.projectId(), newGroup, null).id());
        }
        placeInGroups(documentId, chosen);
        describeWithVariables(documentId, variables);
    }

    @RequiresTenantRole(value = TenantRole.CODER, action = "read documents")
    public Map<String, String> variables(long documentId) {
        documents.document(documentId);
        return groups.variablesOf(documentId);
    }

    /** The document's variables with their version, which an update may name to be refused if they changed. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "read documents")
    public DocumentVariables versionedVariables(long documentId) {
        return DocumentVariables.of(variables(documentId));
    }

    /** Every document's variables in one read, by document id (documents without any are absent). */
    @RequiresTenantRole(value = TenantRole.CODER, action = "read documents")
    public Map<Long, Map<String, String>> variablesOfProject(long projectId) {
        documents.project(projectId);
        return groups.variablesOfProject(projectId);
    }

    /**
     * The document's variables become exactly these, in this order: names one line and distinct (case aside),
     * values plain text; a blank value removes the variable. All or nothing.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "change documents' details", writes = true)
    public Map<String, String> describeWithVariables(long documentId, Map<String, String> variables) {
        return describeWithVariables(documentId, variables, null).values();
    }

    /**
     * As {@link #describeWithVariables(long, Map)}, but only if the variables are still at {@code expectedVersion}
     * (when given; see {@link DocumentVariables}): otherwise nothing is stored and {@link StaleVersionException}
     * says so. The document's row is locked first, so of two updates that read the same version one is refused.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "change documents' details", writes = true)
    public DocumentVariables describeWithVariables(long documentId, Map<String, String> variables,
            Long expectedVersion) {
        documents.document(documentId);
        if (expectedVersion != null) {
            groups.lockDocument(documentId);
            long version = DocumentVariables.of(groups.variablesOf(documentId)).version();
            if (version != expectedVersion) {
                throw new StaleVersionException("error.documents.variablesChangedSinceYouRead",
                        Long.toString(version), Long.toString(expectedVersion));
            }
        }
        Map<String, String> checked = new LinkedHashMap<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            String name = PlainText.line(variable.getKey() == null ? "" : variable.getKey().strip(),
                    "a variable's name");
            String value = variable.getValue() == null ? "" : variable.getValue().strip();
            if (value.isEmpty()) {
                continue;
            }
            if (name.isEmpty()) {
                throw new InvalidInputException("error.documents.aVariableNeedsAName", value);
            }
            if (name.length() > DocumentVariable.MAX_NAME || value.length() > DocumentVariable.MAX_VALUE) {
                throw new InvalidInputException("error.documents.variableTooLong", name, DocumentVariable.MAX_NAME,
                        DocumentVariable.MAX_VALUE);
            }
            String other = seen.put(name.toLowerCase(Locale.ROOT), name);
            if (other != null) {
                throw new InvalidInputException("error.documents.twoVariablesAreCalled", name);
            }
            checked.put(name, PlainText.text(value, "a variable's value"));
        }
        if (checked.size() > MAX_VARIABLES) {
            throw new InvalidInputException("error.documents.atMostVariables", MAX_VARIABLES);
        }
        groups.replaceVariables(documentId, checked);
        return DocumentVariables.of(checked);
    }

    private DocumentGroup existing(long groupId) {
        DocumentGroup group = groups.find(groupId)
                .orElseThrow(() -> new NotFoundException("error.documents.thisGroupDoesNotExist"));
        documents.project(group.getProjectId());
        return group;
    }

    /** The ids, each checked to be a document of the project. */
    private List<Long> ofProject(long projectId, Collection<Long> documentIds) {
        List<Long> checked = new ArrayList<>();
        for (long id : documentIds) {
            if (documents.document(id).projectId() != projectId) {
                throw new InvalidInputException("error.documents.notInThisProject", id);
            }
            checked.add(id);
        }
        return checked;
    }
}
