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
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.ImportOutcome;
import org.concordia.documents.model.SourceType;
import org.concordia.documents.service.DocumentImporter;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.faces.Messages;
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
    TenantAccess access;

    private Long project;
    private ProjectSummary projectSummary;
    private List<DocumentSummary> documents;
    private boolean canImport;
    private final List<ImportOutcome> outcomes = new ArrayList<>();
    private SourceType sourceType = SourceType.OTHER;
    private String pastedTitle;
    private String pastedText;

    /** Called by the page's viewAction once the project parameter is set. */
    public void load() {
        if (project == null) {
            throw new NotFoundException("No project was named: open one from the dashboard.");
        }
        projectSummary = documentService.project(project);
        documents = documentService.listDocuments(project);
        canImport = access.has(TenantRole.SUPERVISOR);
    }

    /** One uploaded file (PrimeFaces calls this once per file of a multiple upload). */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            outcomes.addAll(0, importer.importUpload(project, file.getFileName(), in, sourceType));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        documents = documentService.listDocuments(project);
    }

    public void importPasted() {
        ImportOutcome outcome = importer.importPasted(project, pastedTitle, pastedText, sourceType);
        outcomes.add(0, outcome);
        documents = documentService.listDocuments(project);
        if (outcome.result() == ImportOutcome.Result.IMPORTED) {
            Messages.info("Imported \u201c" + outcome.fileName().replaceAll("\\.txt$", "") + "\u201d with "
                    + outcome.passages() + " passages.");
            pastedTitle = null;
            pastedText = null;
        }
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
