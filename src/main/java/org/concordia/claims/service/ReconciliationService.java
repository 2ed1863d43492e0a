package org.concordia.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.concordia.claims.model.LedgerEntry;
import org.concordia.claims.model.Proposition;
import org.concordia.claims.model.RelationView;
import org.concordia.claims.model.StructuredClaim;
import org.concordia.claims.model.Verdict;
import org.concordia.claims.model.VerdictKind;
import org.concordia.claims.model.VerdictView;
import org.concordia.claims.persistence.VerdictRepository;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.text.PlainText;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.RequiresTenantRole;
import org.concordia.tenancy.service.TenantAccess;

/**
 * The ledger of propositions and the verdicts on them. Propositions are recomputed from the claims every time;
 * verdicts are kept by proposition key, each with the claims it was made on, so a verdict reopens when a source
 * adds or drops a claim.
 */
@ApplicationScoped
@Transactional
public class ReconciliationService {

    static final Set<String> CONFIDENCE = Set.of("low", "medium", "high");

    @Inject
    ClaimService claims;

    @Inject
    RelationService relations;

    @Inject
    VerdictRepository verdicts;

    @Inject
    DocumentService documents;

    @Inject
    TenantAccess access;

    /** Every proposition of the project: reopened and contested first, then by number of sources. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "read the ledger")
    public List<LedgerEntry> ledger(long projectId) {
        documents.project(projectId);
        Map<String, RelationView> vocabulary = relations.vocabulary(projectId).stream()
                .collect(Collectors.toMap(r -> r.name().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        Map<String, List<VerdictView>> byKey = verdicts.forProject(projectId).stream().map(Verdict::view)
                .collect(Collectors.groupingBy(VerdictView::propositionKey));
        List<LedgerEntry> entries = new ArrayList<>();
        for (Proposition proposition : Propositions.of(claims.accounts(projectId), vocabulary)) {
            entries.add(new LedgerEntry(proposition, byKey.getOrDefault(proposition.key(), List.of())));
        }
        entries.sort(Comparator.comparing((LedgerEntry e) -> !(e.reopened() || e.proposition().contested()
                && e.latest() == null)).thenComparing(e -> !e.proposition().contested())
                .thenComparing(e -> -e.proposition().sources()).thenComparing(e -> e.proposition().title()));
        return entries;
    }

    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "read the ledger")
    public LedgerEntry entry(long projectId, String key) {
        return ledger(projectId).stream().filter(e -> e.proposition().key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("error.claims.thisPropositionHasNoClaims"));
    }

    /**
     * Records a verdict on the proposition as its claims are now. {@code favouredClaim} names the account a
     * {@link VerdictKind#RESOLVED} verdict favours.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "record verdicts", writes = true)
    public VerdictView decide(long projectId, String key, VerdictKind kind, Long favouredClaim, String rationale,
            String confidence) {
        LedgerEntry entry = entry(projectId, key);
        if (kind == null) {
            throw new InvalidInputException("error.claims.chooseAVerdict");
        }
        List<Long> evidence = entry.proposition().claims().stream().map(StructuredClaim::codingId).toList();
        if (kind == VerdictKind.RESOLVED && (favouredClaim == null || !evidence.contains(favouredClaim))) {
            throw new InvalidInputException("error.claims.sayWhichAccountTheVerdict");
        }
        String why = PlainText.text(rationale == null ? "" : rationale.strip(), "the rationale");
        if (why.isEmpty()) {
            throw new InvalidInputException("error.claims.giveARationaleWhyDo");
        }
        if (why.length() > 4000) {
            throw new InvalidInputException("error.claims.aRationaleCanHaveAt");
        }
        if (confidence == null || !CONFIDENCE.contains(confidence)) {
            throw new InvalidInputException("error.claims.confidenceIsLowMediumOr");
        }
        if (evidence.size() > 300) {
            throw new InvalidInputException("error.claims.thisPropositionRestsOnMore");
        }
        Verdict verdict = new Verdict(projectId, key, kind, kind == VerdictKind.RESOLVED ? favouredClaim : null, why,
                confidence, evidence, access.currentUser().username());
        verdicts.add(verdict);
        return verdict.view();
    }
}
