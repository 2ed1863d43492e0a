package org.concordia.claims.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.concordia.claims.model.EntityKind;
import org.concordia.claims.model.EntityView;
import org.concordia.claims.model.MergeSuggestion;
import org.concordia.claims.model.MergeView;
import org.concordia.claims.service.EntityService;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.faces.Messages;
import org.concordia.platform.faces.Texts;
import org.concordia.tenancy.model.ProjectSummary;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.TenantAccess;

/**
 * A project's entities ({@code entities.xhtml?project=3}, {@code /go/entities/3}): the people, groups, states and
 * offices its sources talk about, with their names; merge suggestions for names spelled two ways; merging, undoing
 * a merge, declaring aliases such as acronyms.
 */
@Named
@ViewScoped
public class EntitiesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EntityService entityService;

    @Inject
    DocumentService documents;

    @Inject
    TenantAccess access;

    private Long project;
    private ProjectSummary summary;
    private boolean supervisor;
    private List<EntityView> entities;
    private List<MergeSuggestion> suggestions;
    private List<MergeView> merges;

    private String newName;
    private EntityKind newKind = EntityKind.PERSON;
    private Long aliasFor;
    private String alias;
    private EntityView edited;
    private EntityKind editedKind;
    private String editedName;

    public void load() {
        if (project == null) {
            throw new NotFoundException("error.claims.noProjectWasNamedOpen");
        }
        summary = documents.project(project);
        supervisor = access.has(TenantRole.SUPERVISOR);
        refresh();
    }

    private void refresh() {
        entities = entityService.entities(project);
        suggestions = supervisor ? entityService.suggestions(project) : List.of();
        merges = entityService.merges(project);
    }

    public void collect() {
        int recorded = entityService.collectFromCodings(project);
        Messages.info(recorded == 0 ? Texts.get("entities.msg.noNewName")
                : Texts.get(recorded == 1 ? "entities.msg.newNameOne" : "entities.msg.newNameMany", recorded));
        refresh();
    }

    public void create() {
        EntityView created = entityService.create(project, newKind, newName);
        Messages.info(Texts.get("entities.msg.recorded", created.name()));
        newName = null;
        refresh();
    }

    public void declareAlias() {
        if (aliasFor == null) {
            Messages.warn(Texts.get("entities.msg.chooseEntity"));
            return;
        }
        EntityView entity = entityService.declareAlias(aliasFor, alias);
        Messages.info(Texts.get("entities.msg.aliasDeclared", alias.strip(), entity.name()));
        alias = null;
        refresh();
    }

    /** Merges the suggestion's second entity into its first. */
    public void merge(MergeSuggestion suggestion, boolean keepFirst) {
        EntityView survivor = keepFirst ? suggestion.first() : suggestion.second();
        EntityView merged = keepFirst ? suggestion.second() : suggestion.first();
        entityService.merge(survivor.id(), merged.id());
        Messages.info(Texts.get("entities.msg.merged", merged.name(), survivor.name()));
        refresh();
    }

    public void undo(MergeView merge) {
        entityService.undo(merge.id());
        Messages.info(Texts.get("entities.msg.unmerged", merge.mergedName()));
        refresh();
    }

    public void edit(EntityView entity) {
        edited = entity;
        editedKind = entity.kind();
        editedName = entity.name();
    }

    public void saveEdit() {
        entityService.describe(edited.id(), editedKind, editedName);
        edited = null;
        refresh();
    }

    public String percent(double similarity) {
        return Math.round(similarity * 100) + "%";
    }

    public EntityKind[] getKinds() {
        return EntityKind.values();
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public ProjectSummary getSummary() {
        return summary;
    }

    public boolean isSupervisor() {
        return supervisor;
    }

    public List<EntityView> getEntities() {
        return entities;
    }

    public List<MergeSuggestion> getSuggestions() {
        return suggestions;
    }

    public List<MergeView> getMerges() {
        return merges;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public EntityKind getNewKind() {
        return newKind;
    }

    public void setNewKind(EntityKind newKind) {
        this.newKind = newKind;
    }

    public Long getAliasFor() {
        return aliasFor;
    }

    public void setAliasFor(Long aliasFor) {
        this.aliasFor = aliasFor;
    }

    public String getAlias() {
        return alias;
    }

    public void setAlias(String alias) {
        this.alias = alias;
    }

    public EntityView getEdited() {
        return edited;
    }

    public EntityKind getEditedKind() {
        return editedKind;
    }

    public void setEditedKind(EntityKind editedKind) {
        this.editedKind = editedKind;
    }

    public String getEditedName() {
        return editedName;
    }

    public void setEditedName(String editedName) {
        this.editedName = editedName;
    }
}
