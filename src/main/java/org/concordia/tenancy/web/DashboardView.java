package org.concordia.tenancy.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.concordia.platform.faces.Messages;
import org.concordia.platform.faces.Texts;
import org.concordia.tenancy.model.ProjectSummary;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.ProjectService;
import org.concordia.tenancy.service.TenantAccess;

/** The tenant dashboard: its projects; supervisors and admins create and rename them. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectService projectService;

    @Inject
    TenantAccess access;

    private List<ProjectSummary> projects;
    private boolean canManageProjects;

    private String name;
    private String description;
    private Long editedProjectId;

    @PostConstruct
    void load() {
        projects = projectService.listProjects();
        canManageProjects = access.has(TenantRole.SUPERVISOR);
    }

    public void startNewProject() {
        editedProjectId = null;
        name = null;
        description = null;
    }

    public void startRename(ProjectSummary project) {
        editedProjectId = project.id();
        name = project.name();
        description = project.description();
    }

    /** Creates the project or renames the one being edited, then shows the list again. */
    public void saveProject() {
        ProjectSummary saved = editedProjectId == null
                ? projectService.createProject(name, description)
                : projectService.renameProject(editedProjectId, name, description);
        Messages.info(Texts.get(editedProjectId == null ? "dashboard.msg.created" : "dashboard.msg.saved", saved.name()));
        projects = projectService.listProjects();
        startNewProject();
    }

    public boolean isEditing() {
        return editedProjectId != null;
    }

    public List<ProjectSummary> getProjects() {
        return projects;
    }

    public boolean isCanManageProjects() {
        return canManageProjects;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
