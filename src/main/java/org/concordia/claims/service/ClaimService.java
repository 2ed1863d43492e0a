package org.concordia.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.concordia.claims.model.EntityView;
import org.concordia.claims.model.SourceAccounts;
import org.concordia.claims.model.StructuredClaim;
import org.concordia.claims.model.UnsettledPassage;
import org.concordia.codebook.model.AttributeField;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.model.CoderStatus;
import org.concordia.coding.model.CodingView;
import org.concordia.coding.service.AssignmentService;
import org.concordia.coding.service.CodingService;
import org.concordia.consensus.model.GoldCodingView;
import org.concordia.consensus.service.AdjudicationService;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.service.DocumentService;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.RequiresTenantRole;

/**
 * Reads a project's codings as structured claims. A claim type is structured when its schema has the attributes
 * {@value #SUBJECT}, {@value #RELATION} and {@value #OBJECT} (the starter codebook's Support and Opposition have
 * them); figure claim types ({@value #QUANTITY} and {@value #OF_WHAT}) give figures. Where a passage has been
 * settled into the gold standard, its gold codings stand for it (their claims carry the gold coding's id, negated);
 * elsewhere its coders' consensus does ({@link SourceConsensus}), so a source is never two sources because two
 * coders read it differently. Names resolve to entities through their aliases.
 */
@ApplicationScoped
@Transactional
public class ClaimService {

    static final String SUBJECT = "subject";
    static final String RELATION = "relation";
    static final String OBJECT = "object";
    static final String TIME = "time";
    static final String CERTAINTY = "certainty";
    static final String ATTRIBUTED_TO = "attributed to";
    static final String QUANTITY = "quantity";
    static final String OF_WHAT = "of what";

    @Inject
    CodebookService codebooks;

    @Inject
    CodingService codings;

    @Inject
    AssignmentService assignments;

    @Inject

    AdjudicationService adjudications;

    @Inject
    DocumentService documents;

    @Inject
    EntityService entities;

    /**
     * What the project's sources say, passage by passage (see {@link SourceConsensus}): gold where a passage was
     * settled, the coders' common claims where they agree, and the passages whose coders do not agree (yet) apart.
     * Every coder's own claims come along for exploration.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "read the project's claims")
    public SourceAccounts accounts(long projectId) {
        Map<Long, ClaimTypeView> structured = new HashMap<>();
        for (ClaimTypeView type : codebooks.view(projectId).claimTypes()) {
            Set<String> names = type.draft().attributes().stream().map(AttributeField::name)
                    .collect(Collectors.toSet());
            if (names.containsAll(Set.of(SUBJECT, RELATION, OBJECT)) || names.containsAll(Set.of(QUANTITY, OF_WHAT))) {
                structured.put(type.id(), type);
            }
        }
        Map<String, EntityView> byName = new HashMap<>();
        for (EntityView entity : entities.entities(projectId)) {
            entity.aliases().forEach(a -> byName.put(EntityNames.lookupKey(a.alias()), entity));
        }
        Map<Long, List<CodingView>> codingsByDocument = codings.codingsOfProject(projectId).stream()
                .filter(c -> structured.containsKey(c.claimTypeId()))
                .collect(Collectors.groupingBy(CodingView::documentId));
        Map<Long, List<CoderStatus>> coders = assignments.coderStatus(projectId);
        Set<Long> settled = adjudications.decisionsOf(projectId).keySet();
        List<StructuredClaim> accounts = new ArrayList<>();
        List<UnsettledPassage> unsettled = new ArrayList<>();
        List<StructuredClaim> perCoder = new ArrayList<>();
        for (DocumentSummary document : documents.listDocuments(projectId)) {
            List<GoldCodingView> gold = adjudications.goldOf(document.id());
            List<CodingView> ofDocument = codingsByDocument.getOrDefault(document.id(), List.of());
            if (gold.isEmpty() && ofDocument.isEmpty()) {
                continue;
            }
            Map<Long, PassageView> passages = documents.passages(document.id()).stream()
                    .collect(Collectors.toMap(PassageView::id, p -> p));
            for (GoldCodingView g : gold) {
                if (structured.containsKey(g.claimTypeId())) {
                    accounts.add(claim(-g.id(), document, "gold", g.attributes(), quote(passages.get(g.passageId()),
                            g.start(), g.end()), byName, true));
                }
            }
            Map<Long, List<StructuredClaim>> byPassage = new LinkedHashMap<>();
            for (CodingView c : ofDocument) {
                if (!settled.contains(c.passageId())) {
                    StructuredClaim claim = claim(c.id(), document, c.coder(), c.attributes(),
                            quote(passages.get(c.passageId()), c.start(), c.end()), byName, false);
                    byPassage.computeIfAbsent(c.passageId(), p -> new ArrayList<>()).add(claim);
                }
            }
            List<CoderStatus> assigned = coders.getOrDefault(document.id(), List.of());
            byPassage.forEach((passageId, ofPassage) -> {
                SourceConsensus.Outcome outcome = SourceConsensus.of(ofPassage, assigned);
                if (outcome.isSettled()) {
                    accounts.addAll(outcome.settled());
                } else {
                    unsettled.add(new UnsettledPassage(document.id(), passageId, document.title(),
                            outcome.unsettled(), ofPassage));
                    perCoder.addAll(ofPassage);
                }
            });
        }
        return new SourceAccounts(accounts, unsettled, perCoder);
    }

    private static StructuredClaim claim(long id, DocumentSummary document, String coder, Map<String, String> values,
            String quote, Map<String, EntityView> byName, boolean gold) {
        boolean figure = values.containsKey(QUANTITY);
        EntityView subject = entity(values.get(SUBJECT), byName);
        EntityView object = entity(values.get(figure ? OF_WHAT : OBJECT), byName);
        Double quantity = null;
        if (figure && values.get(QUANTITY) != null) {
            try {
                quantity = Double.valueOf(values.get(QUANTITY).replace(",", ""));
            } catch (NumberFormatException e) {
                quantity = null;
            }
        }
        String sourceDate = document.metadata().publishedOn() == null ? null
                : document.metadata().publishedOn().toString();
        return new StructuredClaim(id, document.id(), document.title(), sourceDate, coder,
                subject == null ? null : subject.id(), subject == null ? values.get(SUBJECT) : subject.name(),
                figure ? "reported" : values.get(RELATION), object == null ? null : object.id(),
                object == null ? values.get(figure ? OF_WHAT : OBJECT) : object.name(), values.get(TIME),
                values.get(CERTAINTY), values.get(ATTRIBUTED_TO), quote, quantity, gold);
    }

    private static EntityView entity(String name, Map<String, EntityView> byName) {
        return name == null || name.isBlank() ? null : byName.get(EntityNames.lookupKey(name));
    }

    private static String quote(PassageView passage, int start, int end) {
        return passage == null ? "" : passage.quote(start, end);
    }
}
