package org.concordia.search.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.concordia.claims.model.EntityView;
import org.concordia.claims.service.EntityService;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.model.CodedSpan;
import org.concordia.coding.service.CodingService;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.search.model.DocumentHits;
import org.concordia.search.model.SearchFilter;
import org.concordia.search.model.SearchHit;
import org.concordia.search.model.SearchResult;
import org.concordia.search.persistence.SearchIndexRepository;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.RequiresTenantRole;

/**
 * Search over a project's documents: every passage with all the query's words (stemmed, accents and apostrophes
 * aside, Arabic normalised; see {@link SearchTerms}), an entity's name standing for all the names it goes by (see
 * {@link QueryPlan}), as keyword-in-context lines grouped by document. Members of the project only, and a coder is
 * searched for only with the entity names she may see: blind coding holds.
 */
@ApplicationScoped
public class SearchService {

    /** The most passages a search shows. */
    static final int SHOWN = 200;
    /** The most passages of one document that find in the document steps through. */
    static final int FOUND_IN_DOCUMENT = 1000;
    /** How many passages with the words a search filtered by coding reads before keeping the coded ones. */
    static final int FILTERED_ROWS = 50_000;
    /** How much text a context line keeps on each side of the first hit, in chars. */
    static final int CONTEXT = 80;
    static final int MAX_QUERY = 500;
    private static final Logger LOG = Logger.getLogger(SearchService.class.getName());

    @Inject
    SearchIndex searchIndex;

    @Inject
    SearchIndexRepository index;

    @Inject
    DocumentService documents;

    @Inject
    EntityService entities;

    @Inject
    CodingService codings;

    @Inject
    CodebookService codebooks;

    @RequiresTenantRole(value = TenantRole.CODER, action = "search")
    public SearchResult search(long projectId, String query) {
        return search(projectId, query, SearchFilter.none());
    }

    /**
     * A search within the documents and passages the filter keeps. Passages by coding are those with codings the
     * acting user may see: a coder's own while coding is blind, everybody's for a supervisor.
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "search")
    public SearchResult search(long projectId, String query, SearchFilter filter) {
        documents.project(projectId);
        String asked = checked(query);
        Map<Long, String> titles = documents.listDocuments(projectId).stream()
                .filter(d -> filter.accepts(d.metadata()))
                .collect(Collectors.toMap(DocumentSummary::id, DocumentSummary::title, (a, b) -> a,
                        LinkedHashMap::new));
        if (!filter.byCoding()) {
            return find(projectId, asked, titles, SHOWN, null);
        }
        Set<Long> types = filter.claimTypeId() == null ? null : withDescendants(projectId, filter.claimTypeId());
        Set<Long> coded = codings.spansOfProject(projectId).stream()
                .filter(s -> types == null || types.contains(s.claimTypeId()))
                .filter(s -> filter.coder() == null || filter.coder().equals(s.coder()))
                .map(CodedSpan::passageId).collect(Collectors.toSet());
        return find(projectId, asked, titles, SHOWN, coded);
    }

    /** The claim type and every one below it in the project's codebook. */
    private Set<Long> withDescendants(long projectId, long claimTypeId) {
        List<ClaimTypeView> all = codebooks.view(projectId).claimTypes();
        Set<Long> found = new java.util.HashSet<>(Set.of(claimTypeId));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ClaimTypeView t : all) {
                if (t.parentId() != null && found.contains(t.parentId()) && found.add(t.id())) {
                    grew = true;
                }
            }
        }
        return found;
    }

    /**
     * Find in one document: its passages with every word of the query (the same words and names as a search
     * finds), in reading order, at most {@link #FOUND_IN_DOCUMENT}. What the coding screen steps through.
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "search")
    public SearchResult findInDocument(long documentId, String query) {
        DocumentSummary document = documents.document(documentId);
        return find(document.projectId(), checked(query), Map.of(documentId, document.title()), FOUND_IN_DOCUMENT,
                null);
    }

    private static String checked(String query) {
        String asked = query == null ? "" : query.strip();
        if (asked.length() > MAX_QUERY) {
            throw new InvalidInputException("error.search.queryTooLong", MAX_QUERY);
        }
        return asked;
    }

    /** The first {@code most} passages with the query's words in these documents; only of {@code onlyIn}, if given. */
    private SearchResult find(long projectId, String asked, Map<Long, String> titles, int most, Set<Long> onlyIn) {
        QueryPlan plan = QueryPlan.of(asked, entities.entities(projectId).stream()
                .map(e -> new QueryPlan.Entity(e.name(), names(e))).toList());
        if (plan.isEmpty() || titles.isEmpty()) {
            return SearchResult.nothing(asked);
        }
        refresh(projectId);
        List<Object[]> rows = index.find(projectId, titles.keySet(), plan.groups(),
                onlyIn == null ? most + 1 : FILTERED_ROWS);
        if (onlyIn != null) {
            rows = rows.stream().filter(r -> onlyIn.contains((Long) r[1])).limit(most + 1L).toList();
        }
        List<Object[]> shown = rows.subList(0, Math.min(most, rows.size()));
        Map<Long, List<Object[]>> byDocument = shown.stream()
                .collect(Collectors.groupingBy(r -> (Long) r[0], LinkedHashMap::new, Collectors.toList()));
        List<DocumentHits> found = new ArrayList<>();
        Set<String> terms = plan.terms();
        byDocument.forEach((documentId, ofDocument) -> {
            Map<Long, PassageView> passages = documents.passages(documentId).stream()
                    .collect(Collectors.toMap(PassageView::id, Function.identity()));
            List<SearchHit> hits = new ArrayList<>();
            for (Object[] row : ofDocument) {
                PassageView passage = passages.get((Long) row[1]);
                if (passage != null) {
                    hits.add(new SearchHit(documentId, passage.id(), passage.position(),
                            context(passage.text(), terms)));
                }
            }
            found.add(new DocumentHits(documentId, titles.get(documentId), hits));
        });
        return new SearchResult(asked, found, shown.size(), rows.size() > most, plan.alsoSearched());
    }

    /** Reads again the documents whose passages changed since they were indexed. */
    private void refresh(long projectId) {
        searchIndex.stale(projectId).forEach((documentId, fingerprint) -> {
            try {
                searchIndex.reindex(projectId, documentId, fingerprint);
            } catch (RuntimeException e) {
                // Somebody else's search indexed it at the same moment: theirs stands.
                LOG.log(Level.FINE, "Document " + documentId + " was indexed by another search", e);
            }
        });
    }

    private static List<String> names(EntityView entity) {
        return Stream.concat(Stream.of(entity.name()), entity.aliases().stream().map(EntityView.AliasView::alias))
                .distinct().toList();
    }

    /**
     * The passage's text around its first hit, cut at word boundaries, in pieces that are hits or not: "… Iran has
     * thrown its weight behind [Mustafa] [al-Kadhimi], Iraq's …".
     */
    static List<SearchHit.Piece> context(String text, Set<String> terms) {
        List<SearchTerms.Token> tokens = SearchTerms.tokens(text);
        List<SearchTerms.Token> hits = tokens.stream().filter(t -> terms.contains(t.term())).toList();
        int first = hits.isEmpty() ? 0 : hits.get(0).start();
        int from = Math.max(0, first - CONTEXT);
        int to = Math.min(text.length(), (hits.isEmpty() ? 0 : hits.get(0).end()) + CONTEXT * 2);
        for (SearchTerms.Token token : tokens) {
            if (token.start() < from && token.end() > from) {
                from = token.start();
            }
            if (token.start() < to && token.end() > to) {
                to = token.end();
            }
        }
        List<SearchHit.Piece> pieces = new ArrayList<>();
        StringBuilder plain = new StringBuilder(from > 0 ? "\u2026" : "");
        int at = from;
        for (SearchTerms.Token hit : hits) {
            if (hit.start() < from || hit.end() > to) {
                continue;
            }
            plain.append(text, at, hit.start());
            if (plain.length() > 0) {
                pieces.add(new SearchHit.Piece(plain.toString(), false));
                plain.setLength(0);
            }
            pieces.add(new SearchHit.Piece(text.substring(hit.start(), hit.end()), true));
            at = hit.end();
        }
        plain.append(text, at, to).append(to < text.length() ? "\u2026" : "");
        if (plain.length() > 0) {
            pieces.add(new SearchHit.Piece(plain.toString(), false));
        }
        return pieces;
    }
}
