package org.concordia.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.concordia.claims.model.Relation;
import org.concordia.claims.model.RelationView;
import org.concordia.claims.persistence.RelationRepository;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.text.PlainText;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.RequiresTenantRole;

/**
 * A project's relation vocabulary: the {@link RelationVocabulary#defaults() defaults} until a supervisor changes
 * it, then the project's own (the defaults are copied in at the first change).
 */
@ApplicationScoped
@Transactional
public class RelationService {

    @Inject
    RelationRepository relations;

    @Inject
    DocumentService documents;

    @RequiresTenantRole(value = TenantRole.CODER, action = "see the relation vocabulary")
    public List<RelationView> vocabulary(long projectId) {
        documents.project(projectId);
        List<Relation> own = relations.forProject(projectId);
        return own.isEmpty() ? RelationVocabulary.defaults() : own.stream().map(Relation::view).toList();
    }

    /** Adds a relation, or changes the one named the same (names are compared ignoring case). */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "change the relation vocabulary", writes = true)
    public RelationView save(long projectId, RelationView draft) {
        documents.project(projectId);
        RelationView checked = checked(draft);
        List<Relation> own = ownVocabulary(projectId);
        Relation same = own.stream().filter(r -> r.view().name().equalsIgnoreCase(checked.name())).findFirst()
                .orElse(null);
        if (same == null) {
            same = new Relation(projectId, checked);
            relations.add(same);
        } else {
            same.change(checked);
        }
        return same.view();
    }

    private List<Relation> ownVocabulary(long projectId) {
        List<Relation> own = relations.forProject(projectId);
        if (own.isEmpty()) {
            for (RelationView relation : RelationVocabulary.defaults()) {
                relations.add(new Relation(projectId, relation));
            }
            own = relations.forProject(projectId);
        }
        return own;
    }

    private static RelationView checked(RelationView draft) {
        String name = draft.name() == null ? "" : draft.name().strip().toLowerCase(Locale.ROOT);
        String family = draft.family() == null ? "" : draft.family().strip().toLowerCase(Locale.ROOT);
        PlainText.line(name, "the relation's name");
        PlainText.line(family, "the relation's family");
        PlainText.text(draft.description(), "the relation's meaning");
        if (name.isEmpty() || family.isEmpty()) {
            throw new InvalidInputException("error.claims.aRelationNeedsAName");
        }
        if (name.length() > 255 || family.length() > 255) {
            throw new InvalidInputException("error.claims.namesAndFamiliesHaveAt");
        }
        if (draft.polarity() == null) {
            throw new InvalidInputException("error.claims.sayWhetherTheRelationIs");
        }
        if (draft.strength() < 1 || draft.strength() > 3) {
            throw new InvalidInputException("error.claims.strengthIs1Weak2");
        }
        return new RelationView(draft.id(), name, family, draft.polarity(), draft.strength(),
                draft.description() == null || draft.description().isBlank() ? null : draft.description().strip(),
                draft.exclusive());
    }
}
