package org.concordia.export.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.concordia.export.model.LeftOut;
import org.concordia.export.model.ProjectImportResult;
import org.concordia.export.service.RefiQdaProjectImport;
import org.concordia.platform.faces.Texts;
import org.primefaces.event.FileUploadEvent;

/**
 * Import a project ({@code import-project.xhtml}, from the dashboard): a supervisor uploads a .qdpx, Concordia's
 * own backup or another tool's REFI-QDA project, and it becomes a new project of the tenant.
 */
@Named
@ViewScoped
public class ProjectImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RefiQdaProjectImport projectImport;

    private String name;
    private ProjectImportResult result;

    /** Called by the page's viewAction: the page is for supervisors. */
    public void load() {
        projectImport.requireAllowed();
    }

    /** The uploaded .qdpx: imported as a whole, or not at all with the reason shown. */
    public void importFile(FileUploadEvent event) {
        try (InputStream in = event.getFile().getInputStream()) {
            result = projectImport.importProject(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names an entry of the left-out list gives, in the page's list style. */
    public String examplesOf(LeftOut item) {
        return String.join(Texts.get("common.listSeparator"), item.examples());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ProjectImportResult getResult() {
        return result;
    }
}
