package org.concordia.documents.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.concordia.documents.model.DocumentGroupView;
import org.concordia.documents.model.DocumentMetadata;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.model.SourceType;
import org.concordia.documents.model.SplitPoint;
import org.concordia.documents.model.VariableLines;
import org.concordia.documents.service.DocumentGroupService;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.faces.Messages;
import org.concordia.platform.faces.Texts;
import org.concordia.tenancy.model.ProjectSummary;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.TenantAccess;

/** One document ({@code document.xhtml?id=12}): its details and its passages; supervisors edit and exclude. */
@Named
@ViewScoped
public class DocumentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentGroupService groupService;

    @Inject
    DocumentService documentService;

    @Inject
    TenantAccess access;

    private Long id;
    private DocumentSummary document;
    private ProjectSummary project;
    private List<PassageView> passages;
    private boolean canEdit;
    private PassageView splitting;
    private List<SplitPoint> splitPoints = List.of();
    private Integer splitOffset;

    private String title;
    private String author;
    private String publisher;
    private LocalDate publishedOn;
    private String url;
    private SourceType sourceType;
    private String notes;
    private String variables;
    private List<DocumentGroupView> groups = List.of();
    private List<Long> chosenGroups = new ArrayList<>();
    private String newGroup;

    /** Called by the page's viewAction once the id parameter is set. */
    public void load() {
        if (id == null) {
            throw new NotFoundException("error.coding.noDocumentWasNamedOpen");
        }
        document = documentService.document(id);
        project = documentService.project(document.projectId());
        passages = documentService.passages(id);
        canEdit = access.has(TenantRole.SUPERVISOR);
        DocumentMetadata m = document.metadata();
        title = m.title();
        author = m.author();
        publisher = m.publisher();
        publishedOn = m.publishedOn();
        url = m.url();
        sourceType = m.sourceType();
        notes = m.notes();
        loadGrouping();
    }

    private void loadGrouping() {
        variables = VariableLines.format(groupService.variables(id));
        groups = groupService.groups(document.projectId());
        chosenGroups = new ArrayList<>(groups.stream().filter(g -> g.contains(id)).map(DocumentGroupView::id)
                .toList());
        newGroup = null;
    }

    /** The document's groups and variables as the form has them; a new group's name creates it with this document. */
    public void saveGrouping() {
        groupService.organise(id, Set.copyOf(chosenGroups), newGroup, VariableLines.parse(variables));
        loadGrouping();
        Messages.info(Texts.get("document.msg.groupingSaved"));
    }

    /** The names of the groups this document is in, for readers who cannot change them. */
    public String getGroupNames() {
        return groups.stream().filter(g -> g.contains(id)).map(DocumentGroupView::name)
                .collect(java.util.stream.Collectors.joining(Texts.get("common.listSeparator")));
    }

    public String getVariables() {
        return variables;
    }

    public void setVariables(String variables) {
        this.variables = variables;
    }

    public List<DocumentGroupView> getGroups() {
        return groups;
    }

    public List<Long> getChosenGroups() {
        return chosenGroups;
    }

    public void setChosenGroups(List<Long> chosenGroups) {
        this.chosenGroups = chosenGroups == null ? new ArrayList<>() : new ArrayList<>(chosenGroups);
    }

    public String getNewGroup() {
        return newGroup;
    }

    public void setNewGroup(String newGroup) {
        this.newGroup = newGroup;
    }

    public void saveDetails() {
        document = documentService.describe(id,
                new DocumentMetadata(title, author, publisher, publishedOn, url, sourceType, notes));
        Messages.info(Texts.get("document.msg.saved"));
    }

    public void toggleExcluded(PassageView passage) {
        documentService.excludePassage(passage.id(), !passage.excluded());
        passages = documentService.passages(id);
    }

    public void mergeWithNext(PassageView passage) {
        documentService.mergeWithNext(passage.id());
        reloadPassages();
        Messages.info(Texts.get("document.msg.merged", passage.position() + 1, passage.position() + 2));
    }

    /** Opens the split dialog for a passage: its sentence starts are the places to split. */
    public void chooseSplit(PassageView passage) {
        splitting = passage;
        splitPoints = documentService.splitPoints(passage.id());
        splitOffset = splitPoints.isEmpty() ? null : splitPoints.get(0).offset();
    }

    public void split() {
        if (splitting == null || splitOffset == null) {
            Messages.warn(Texts.get("document.msg.chooseSentence"));
            return;
        }
        documentService.splitPassage(splitting.id(), splitOffset);
        Messages.info(Texts.get("document.msg.split", splitting.position() + 1));
        splitting = null;
        reloadPassages();
    }

    private void reloadPassages() {
        document = documentService.document(id);
        passages = documentService.passages(id);
    }

    /** Supervisors shape passages until the first coding; then the text is frozen. */
    public boolean isCanEditPassages() {
        return canEdit && !document.frozen();
    }

    public PassageView getSplitting() {
        return splitting;
    }

    public List<SplitPoint> getSplitPoints() {
        return splitPoints;
    }

    public Integer getSplitOffset() {
        return splitOffset;
    }

    public void setSplitOffset(Integer splitOffset) {
        this.splitOffset = splitOffset;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DocumentSummary getDocument() {
        return document;
    }

    public ProjectSummary getProject() {
        return project;
    }

    public List<PassageView> getPassages() {
        return passages;
    }

    public boolean isCanEdit() {
        return canEdit;
    }

    public SourceType[] getSourceTypes() {
        return SourceType.values();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public SourceType getSourceType() {
        return sourceType;
    }

    public void setSourceType(SourceType sourceType) {
        this.sourceType = sourceType;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
