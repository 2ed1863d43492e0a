package org.concordia.tenancy.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.tenancy.model.Project;
import org.concordia.tenancy.model.ProjectSummary;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.persistence.ProjectRepository;

/** The projects of the current tenant: every member sees them, supervisors and admins create and rename them. */
@ApplicationScoped
@Transactional
public class ProjectService {

    @Inject
    ProjectRepository projects;

    @Inject
    TenantAccess access;

    @RequiresTenantRole(value = TenantRole.CODER, action = "see its projects")
    public List<ProjectSummary> listProjects() {
        return projects.listByName().stream().map(Project::summary).toList();
    }

    @RequiresTenantRole(value = TenantRole.CODER, action = "see its projects")
    public Optional<ProjectSummary> findProject(long id) {
        return projects.find(id).map(Project::summary);
    }

    /** The project, which must exist in the current tenant: another tenant's ids are not found either. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "read projects")
    public ProjectSummary project(long id) {
        return findProject(id).orElseThrow(() -> new NotFoundException("error.tenancy.thereIsNoProjectIn", id));
    }

    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "create projects", writes = true)
    public ProjectSummary createProject(String name, String description) {
        Project project = new Project(name, description, access.currentUser().username());
        requireUniqueName(project.getName(), null);
        projects.add(project);
        return project.summary();
    }

    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "rename projects", writes = true)
    public ProjectSummary renameProject(long id, String newName, String newDescription) {
        Project project = projects.find(id)
                .orElseThrow(() -> new NotFoundException("error.codebook.thisProjectDoesNotExist"));
        // Checked before the entity changes: the query would otherwise flush the new name into the unique index.
        if (newName != null && !newName.isBlank()) {
            requireUniqueName(newName.strip(), project.getId());
        }
        project.describeAs(newName, newDescription);
        return project.summary();
    }

    private void requireUniqueName(String name, Long excludedId) {
        if (projects.nameTaken(name, excludedId)) {
            throw new InvalidInputException("error.tenancy.thereIsAProjectCalled", name);
        }
    }
}
