package org.concordia.search.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.stream.Collectors;
import org.concordia.claims.model.EntityView;
import org.concordia.documents.service.DocumentService;
import org.concordia.search.model.EntityMentions;
import org.concordia.search.service.SearchService;
import org.concordia.tenancy.model.ProjectSummary;

/**
 * An entity's mentions ({@code mentions.xhtml?project=3&entity=12}, from the Entities page): the codings that name it
 * and the passages whose text names it, under every name it goes by, each opening the coding screen.
 */
@Named
@ViewScoped
public class MentionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SearchService search;

    @Inject
    DocumentService documents;

    private Long project;
    private Long entity;
    private ProjectSummary summary;
    private EntityMentions mentions;

    public void load() {
        if (project == null || entity == null) {
            throw new org.concordia.platform.errors.NotFoundException("error.search.noSuchEntity");
        }
        summary = documents.project(project);
        mentions = search.mentionsOf(project, entity);
    }

    /** "Mustafa al-Kadhimi, Mustafa al-Kazimi, Mustafa Al-Kazemi" */
    public String getNames() {
        EntityView named = mentions.entity();
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(named.name()),
                named.aliases().stream().map(EntityView.AliasView::alias)).distinct()
                .collect(Collectors.joining(", "));
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public Long getEntity() {
        return entity;
    }

    public void setEntity(Long entity) {
        this.entity = entity;
    }

    public ProjectSummary getSummary() {
        return summary;
    }

    public EntityMentions getMentions() {
        return mentions;
    }
}
