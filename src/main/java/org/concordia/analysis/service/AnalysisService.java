package org.concordia.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.concordia.analysis.model.CodedSegment;
import org.concordia.analysis.model.CrossTable;
import org.concordia.analysis.model.Dimension;
import org.concordia.analysis.model.SegmentQuery;
import org.concordia.analysis.model.Segments;
import org.concordia.codebook.model.ClaimTypeTree;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.model.CodedSpan;
import org.concordia.coding.model.CodingPage;
import org.concordia.coding.model.CodingView;
import org.concordia.coding.service.CodingService;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.service.DocumentService;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.RequiresTenantRole;

/**
 * Retrieval and analysis of a project's codings: coded segments by claim type, document detail and coder; claim
 * types by document, by outlet, author, source type or period; claim types that occur together. What each user
 * sees is what the coding service lets her see: a supervisor everybody's codings, a coder her own (blind coding
 * holds in every table).
 */
@ApplicationScoped
public class AnalysisService {

    /** The most co-occurring passages whose segments one request lists (the total counts them all). */
    static final int MAX_PASSAGES = 1000;

    @Inject
    CodingService codings;

    @Inject
    CodebookService codebooks;

    @Inject
    DocumentService documents;

    /** Claim types (columns) by documents or a document detail (rows). */
    @RequiresTenantRole(value = TenantRole.CODER, action = "analyse codings")
    public CrossTable codesBy(long projectId, Dimension dimension) {
        List<ClaimTypeView> types = applicable(projectId);
        return CodeTables.codesBy(documents.listDocuments(projectId), dimension, types,
                codings.countsByClaimTypeAndDocument(projectId));
    }

    /** Claim types by claim types: how many passages one coder gave both (overlapping, if asked). */
    @RequiresTenantRole(value = TenantRole.CODER, action = "analyse codings")
    public CrossTable coOccurrence(long projectId, boolean overlapping) {
        List<ClaimTypeView> types = applicable(projectId);
        return CodeTables.coOccurrence(types, codings.coOccurrences(projectId, overlapping));
    }

    /** The first {@code limit} coded segments the query selects, with their quotes, and how many there are. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "analyse codings")
    public Segments segments(long projectId, SegmentQuery query, int limit) {
        List<ClaimTypeView> types = codebooks.view(projectId).claimTypes();
        Map<Long, ClaimTypeView> typesById = types.stream()
                .collect(Collectors.toMap(ClaimTypeView::id, Function.identity()));
        Set<Long> chosen = query.claimTypes().stream().filter(typesById::containsKey)
                .collect(Collectors.toUnmodifiableSet());
        if (chosen.size() < query.claimTypes().size()) {
            return Segments.none(); // a claim type of another project, or one since removed
        }
        Set<Long> wanted = query.withDescendants() ? ClaimTypeTree.withDescendants(chosen, types) : chosen;
        List<DocumentSummary> list = documents.listDocuments(projectId);
        Set<Long> inDocuments = Set.of();
        if (query.dimension() != null) {
            inDocuments = CodeTables.documentsWith(list, query.dimension(), query.value());
            if (inDocuments.isEmpty()) {
                return Segments.none();
            }
        }
        if (!query.coOccurring()) {
            return withQuotes(codings.segments(projectId, wanted, inDocuments, Set.of(), query.coder(), limit),
                    list, typesById);
        }
        Set<Long> documentIds = inDocuments;
        List<CodedSpan> spans = codings.spansOfProject(projectId).stream()
                .filter(s -> query.coder() == null || s.coder().equals(query.coder()))
                .filter(s -> documentIds.isEmpty() || documentIds.contains(s.documentId())).toList();
        Map<Long, Set<String>> who = CodeTables.whoAppliedAll(spans, chosen, query.overlapping());
        if (who.isEmpty()) {
            return Segments.none();
        }
        long total = spans.stream().filter(s -> chosen.contains(s.claimTypeId())
                && who.getOrDefault(s.passageId(), Set.of()).contains(s.coder())).count();
        Set<Long> passages = who.keySet().stream().limit(MAX_PASSAGES).collect(Collectors.toUnmodifiableSet());
        List<CodingView> theirs = codings.segments(projectId, chosen, documentIds, passages, query.coder(), 1000)
                .codings().stream().filter(c -> who.get(c.passageId()).contains(c.coder())).limit(limit).toList();
        return withQuotes(new CodingPage(theirs, total), list, typesById);
    }

    /** The claim types coders apply: a grouping ("Attribution of stance") has no codings and no column. */
    private List<ClaimTypeView> applicable(long projectId) {
        return codebooks.view(projectId).claimTypes().stream().filter(t -> t.draft().codable()).toList();
    }

    private Segments withQuotes(CodingPage page, List<DocumentSummary> list, Map<Long, ClaimTypeView> types) {
        Map<Long, String> titles = list.stream().collect(Collectors.toMap(DocumentSummary::id,
                DocumentSummary::title));
        Map<Long, List<Long>> passageIds = page.codings().stream().collect(Collectors.groupingBy(
                CodingView::documentId, Collectors.mapping(CodingView::passageId, Collectors.toList())));
        Map<Long, Map<Long, PassageView>> passages = new HashMap<>();
        List<CodedSegment> shown = new ArrayList<>();
        for (CodingView c : page.codings()) {
            PassageView passage = passages.computeIfAbsent(c.documentId(), d -> documents.passagesWithIds(d,
                    passageIds.get(d).stream().distinct().toList()).stream()
                    .collect(Collectors.toMap(PassageView::id, Function.identity()))).get(c.passageId());
            ClaimTypeView type = types.get(c.claimTypeId());
            shown.add(new CodedSegment(c.id(), c.documentId(), titles.getOrDefault(c.documentId(), ""),
                    c.passageId(), passage == null ? -1 : passage.position(), c.claimTypeId(),
                    type == null ? "" : type.path(types), c.coder(),
                    passage == null ? "" : passage.quote(c.start(), c.end()), c.attributes(), c.memo()));
        }
        return new Segments(shown, page.total());
    }
}
