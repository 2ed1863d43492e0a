package org.concordia.documents.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concordia.documents.model.DocumentGroupView;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.ImportOutcome;
import org.concordia.documents.model.SourceType;
import org.concordia.documents.service.DocumentGroupService;
import org.concordia.documents.service.DocumentImporter;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.faces.Messages;
import org.concordia.platform.faces.Texts;
import org.concordia.tenancy.model.ProjectSummary;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.TenantAccess;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * A project's documents ({@code documents.xhtml?project=7}): everybody reads the list; supervisors upload files
 * and zips (each file reported: imported, skipped as duplicate, failed and why) or paste text.
 */
@Named
@ViewScoped
public class DocumentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentService documentService;

    @Inject
    DocumentImporter importer;

    @Inject
    DocumentGroupService groupService;

    @Inject
    TenantAccess access;

    private Long project;
    private ProjectSummary projectSummary;
    private List<DocumentSummary> documents;
    private List<DocumentGroupView> groups = List.of();
    private Map<Long, Map<String, String>> variables = Map.of();
    /** The group the list shows, or null for every document. */
    private Long group;
    private boolean canImport;
    private final List<ImportOutcome> outcomes = new ArrayList<>();
    /** What the upload under way imported so far (one choice of files, possibly several). */
    private final List<ImportOutcome> batch = new ArrayList<>();
    private SourceType sourceType = SourceType.OTHER;
    private String pastedTitle;
    private String pastedText;

    /** Called by the page's viewAction once the project parameter is set. */
    public void load() {
        if (project == null) {
            throw new NotFoundException("error.claims.noProjectWasNamedOpen");
        }
        projectSummary = documentService.project(project);
        canImport = access.has(TenantRole.SUPERVISOR);
        reload();
    }

    /** One uploaded file (PrimeFaces calls this once per file of a multiple upload). */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            List<ImportOutcome> imported = importer.importUpload(project, file.getFileName(), in, sourceType);
            outcomes.addAll(0, imported);
            batch.addAll(imported);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reload();
    }

    /**
     * Called when the last file of an upload has been imported. One document imported: its import review opens, so
     * the supervisor sees what clean-up did before anyone codes it. Several (or a failure): the summary stays, with a
     * review link for each.
     */
    public void uploadsFinished() throws IOException {
        List<ImportOutcome> finished = List.copyOf(batch);
        batch.clear();
        if (finished.size() == 1 && finished.get(0).result() == ImportOutcome.Result.IMPORTED) {
            openReview(finished.get(0), finished.get(0).fileName());
        }
    }

    public void importPasted() throws IOException {
        ImportOutcome outcome = importer.importPasted(project, pastedTitle, pastedText, sourceType);
        outcomes.add(0, outcome);
        reload();
        if (outcome.result() == ImportOutcome.Result.IMPORTED) {
            pastedTitle = null;
            pastedText = null;
            openReview(outcome, outcome.fileName().replaceAll("\\.txt$", ""));
        }
    }

    private void openReview(ImportOutcome imported, String name) throws IOException {
        Messages.infoAfterRedirect(Texts.get(imported.passages() == 1 ? "documents.msg.importedOne"
                : "documents.msg.importedMany", name, imported.passages()));
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/cleanup.xhtml?document=" + imported.documentId());
    }

    /** The list as it stands: every document, or the chosen group's; with their groups and variables. */
    private void reload() {
        groups = groupService.groups(project);
        variables = groupService.variablesOfProject(project);
        if (group != null && groups.stream().noneMatch(g -> g.id() == group)) {
            group = null;
        }
        List<DocumentSummary> all = documentService.listDocuments(project);
        documents = group == null ? all : all.stream().filter(d -> groups.stream()
                .anyMatch(g -> g.id() == group && g.contains(d.id()))).toList();
    }

    /** Shows the chosen group (the filter's Ajax call). */
    public void showGroup() {
        reload();
    }

    /** The names of the groups a document is in, for the list. */
    public List<String> groupsOf(DocumentSummary document) {
        return groups.stream().filter(g -> g.contains(document.id())).map(DocumentGroupView::name).toList();
    }

    /** A document's variables as one line: "gender: female · wave: 2". */
    public String variablesOf(DocumentSummary document) {
        return variables.getOrDefault(document.id(), Map.of()).entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(java.util.stream.Collectors.joining(" \u00b7 "));
    }

    public List<DocumentGroupView> getGroups() {
        return groups;
    }

    public Long getGroup() {
        return group;
    }

    public void setGroup(Long group) {
        this.group = group;
    }

    public long count(ImportOutcome.Result result) {
        return outcomes.stream().filter(o -> o.result() == result).count();
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public ProjectSummary getProjectSummary() {
        return projectSummary;
    }

    public List<DocumentSummary> getDocuments() {
        return documents;
    }

    public boolean isCanImport() {
        return canImport;
    }

    public List<ImportOutcome> getOutcomes() {
        return outcomes;
    }

    public SourceType[] getSourceTypes() {
        return SourceType.values();
    }

    public SourceType getSourceType() {
        return sourceType;
    }

    public void setSourceType(SourceType sourceType) {
        this.sourceType = sourceType;
    }

    public String getPastedTitle() {
        return pastedTitle;
    }

    public void setPastedTitle(String pastedTitle) {
        this.pastedTitle = pastedTitle;
    }

    public String getPastedText() {
        return pastedText;
    }

    public void setPastedText(String pastedText) {
        this.pastedText = pastedText;
    }

    public int getMaxFileBytes() {
        return DocumentImporter.MAX_FILE_BYTES;
    }
}
