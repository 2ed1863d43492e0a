package org.concordia.search.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.concordia.documents.service.DocumentService;
import org.concordia.search.model.SearchResult;
import org.concordia.search.service.SearchService;
import org.concordia.tenancy.model.ProjectSummary;
import org.concordia.tenancy.service.ProjectService;

/**
 * Search ({@code search.xhtml?project=3&q=Kadhimi}, {@code /go/search/3?q=Kadhimi}): a project's passages with the
 * query's words, an entity's name standing for every name it goes by, grouped by document, each line opening the
 * coding screen at its passage. From the menu, without a project, it asks which project to search first. The form
 * sends a GET, so a search is an address to bookmark and share.
 */
@Named
@ViewScoped
public class SearchView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SearchService search;

    @Inject
    DocumentService documents;

    @Inject
    ProjectService projects;

    private Long project;
    private String q;
    private ProjectSummary summary;
    private List<ProjectSummary> projectChoices;
    private SearchResult result;

    public void load() {
        projectChoices = projects.listProjects();
        if (project == null) {
            return;
        }
        summary = documents.project(project);
        if (q != null && !q.isBlank()) {
            result = search.search(project, q);
        }
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public ProjectSummary getSummary() {
        return summary;
    }

    public List<ProjectSummary> getProjectChoices() {
        return projectChoices;
    }

    public SearchResult getResult() {
        return result;
    }
}
