package org.concordia.search.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.concordia.claims.model.EntityView;
import org.concordia.claims.service.EntityNames;
import org.concordia.claims.service.EntityService;
import org.concordia.codebook.model.ClaimTypeTree;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.model.CodedSpan;
import org.concordia.coding.service.CodingService;
import org.concordia.coding.model.CodedValue;
import org.concordia.consensus.model.GoldCodingView;
import org.concordia.consensus.model.PassageConsensus;
import org.concordia.consensus.service.AdjudicationService;
import org.concordia.consensus.service.DiscussionService;
import org.concordia.consensus.service.PassageStateService;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.security.UserIdentity;
import org.concordia.codebook.model.AttributeField;
import org.concordia.codebook.model.AttributeType;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.search.model.CodedMention;
import org.concordia.search.model.DocumentHits;
import org.concordia.search.model.EntityMentions;
import org.concordia.search.model.IndexingProgress;
import org.concordia.search.model.NoteHit;
import org.concordia.search.model.SearchFilter;
import org.concordia.search.model.SearchHit;
import org.concordia.search.model.SearchResult;
import org.concordia.search.persistence.SearchIndexRepository;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.RequiresTenantRole;
import org.concordia.tenancy.service.TenantAccess;

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
    /** Up to this many changed documents are indexed before a search answers; more are indexed in the background. */
    public static final int INDEXED_BEFORE_ANSWERING = 20;
    private static final Logger LOG = Logger.getLogger(SearchService.class.getName());

    /** The projects this server is indexing in the background, by tenant and project id. */
    private final Map<String, Indexing> indexing = new java.util.concurrent.ConcurrentHashMap<>();

    @Resource
    ManagedExecutorService executor;

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

    @Inject
    DiscussionService discussions;

    @Inject
    AdjudicationService adjudications;

    @Inject
    PassageStateService passageStates;

    @Inject
    TenantAccess access;

    @RequiresTenantRole(value = TenantRole.CODER, action = "search")
    public SearchResult search(long projectId, String query) {
        return search(projectId, query, SearchFilter.none());
    }

    /**
     * A search within the documents and passages the filter keeps. Passages by coding are those with codings the
     * acting user may see: a coder's own while coding is blind, everybody's for a supervisor. Only supervisors filter
     * by another coder, by consensus state and by the gold standard; for a coder those filters are left out.
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "search")
    public SearchResult search(long projectId, String query, SearchFilter asked) {
        documents.project(projectId);
        String words = checked(query);
        if (words.isEmpty()) {
            return SearchResult.nothing(words);
        }
        SearchFilter filter = access.has(TenantRole.SUPERVISOR) ? asked : asked.forCoder();
        IndexingProgress indexing = refresh(projectId);
        Map<Long, String> languages = filter.language() == null ? Map.of() : searchIndex.languages(projectId);
        Map<Long, String> titles = documents.listDocuments(projectId).stream()
                .filter(d -> filter.accepts(d.metadata(), languages.get(d.id())))
                .collect(Collectors.toMap(DocumentSummary::id, DocumentSummary::title, (a, b) -> a,
                        LinkedHashMap::new));
        Set<Long> onlyIn = filter.byCoding() ? codedPassages(projectId, filter) : null;
        if (filter.state() != null) {
            Set<Long> inState = passageStates.states(projectId).stream()
                    .filter(p -> p.state() == filter.state() && titles.containsKey(p.documentId()))
                    .map(PassageConsensus::passageId).collect(Collectors.toSet());
            onlyIn = onlyIn == null ? inState : onlyIn.stream().filter(inState::contains).collect(Collectors.toSet());
        }
        return withNotes(find(projectId, words, titles, SHOWN, onlyIn, indexing), projectId, titles, onlyIn);
    }

    /**
     * The passages with a coding the filter asks for: of its claim type or one below it, by its coder, with its
     * attribute's value; with gold only, the gold codings instead (the coder then is whose coding a gold coding was
     * taken from).
     */
    private Set<Long> codedPassages(long projectId, SearchFilter filter) {
        Set<Long> types = filter.claimTypeId() == null ? null : ClaimTypeTree.withDescendants(
                Set.of(filter.claimTypeId()), codebooks.view(projectId).claimTypes());
        Predicate<String> value = filter.attribute() == null ? v -> true : naming(filter.attributeValue(),
                entities.entities(projectId));
        if (filter.goldOnly()) {
            return adjudications.goldOfProject(projectId).stream()
                    .filter(g -> types == null || types.contains(g.claimTypeId()))
                    .filter(g -> filter.coder() == null || filter.coder().equals(g.sourceCoder()))
                    .filter(g -> filter.attribute() == null || value.test(g.attributes().get(filter.attribute())))
                    .map(GoldCodingView::passageId).collect(Collectors.toSet());
        }
        if (filter.attribute() != null) {
            return codings.valuesOf(projectId, List.of(filter.attribute())).stream()
                    .filter(v -> types == null || types.contains(v.claimTypeId()))
                    .filter(v -> filter.coder() == null || filter.coder().equals(v.coder()))
                    .filter(v -> value.test(v.value()))
                    .map(CodedValue::passageId).collect(Collectors.toSet());
        }
        return codings.spansOfProject(projectId).stream()
                .filter(s -> types == null || types.contains(s.claimTypeId()))
                .filter(s -> filter.coder() == null || filter.coder().equals(s.coder()))
                .map(CodedSpan::passageId).collect(Collectors.toSet());
    }

    /**
     * Whether an attribute's value says what was asked for: every word in any form, and for an entity's name any
     * name the entity goes by (its merged spellings and aliases), as the search's words do ({@link QueryPlan}); or,
     * when the asked name is one of an entity's names, any of the entity's names once transliteration variants are
     * folded ({@link EntityNames#folded}: a coder's "al-Kadhimi" names the entity that goes by "al-Kazimi"). The
     * registry decides: two spellings no entity joins are two names.
     */
    private Predicate<String> naming(String asked, List<EntityView> all) {
        QueryPlan plan = QueryPlan.of(asked, all.stream().map(e -> new QueryPlan.Entity(e.name(), names(e)))
                .toList());
        String askedFolded = EntityNames.folded(asked);
        Set<String> spellings = new java.util.HashSet<>();
        for (EntityView entity : all) {
            Set<String> folded = names(entity).stream().map(EntityNames::folded).collect(Collectors.toSet());
            if (folded.contains(askedFolded)) {
                spellings.addAll(folded);
            }
        }
        spellings.remove("");
        return v -> v != null && !v.isBlank() && (plan.matches(v) || spellings.contains(EntityNames.folded(v)));
    }

    /**
     * Every mention of an entity in the project: the codings the acting user may see whose entity attributes name it
     * in any of its names (as {@link #naming}), by document and passage, and the passages whose text names it (a
     * search for its name). A coder sees her own codings while coding is blind.
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "search")
    public EntityMentions mentionsOf(long projectId, long entityId) {
        documents.project(projectId);
        List<EntityView> all = entities.entities(projectId);
        EntityView entity = all.stream().filter(e -> e.id() == entityId).findFirst()
                .orElseThrow(() -> new NotFoundException("error.search.noSuchEntity"));
        SearchResult inText = search(projectId, entity.name());
        Predicate<String> namesIt = naming(entity.name(), all);
        List<org.concordia.codebook.model.ClaimTypeView> types = codebooks.view(projectId).claimTypes();
        Map<Long, String> typeNames = types.stream().collect(Collectors.toMap(
                org.concordia.codebook.model.ClaimTypeView::id, org.concordia.codebook.model.ClaimTypeView::name));
        Set<String> entityAttributes = types.stream().flatMap(t -> t.draft().attributes().stream())
                .filter(a -> a.type() == AttributeType.ENTITY).map(AttributeField::name)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        List<CodedValue> naming = codings.valuesOf(projectId, entityAttributes).stream()
                .filter(v -> namesIt.test(v.value())).toList();
        Map<Long, String> titles = documents.listDocuments(projectId).stream()
                .collect(Collectors.toMap(DocumentSummary::id, DocumentSummary::title));
        List<CodedValue> shown = naming.stream()
                .sorted(java.util.Comparator.comparing((CodedValue v) -> titles.getOrDefault(v.documentId(), ""),
                        String.CASE_INSENSITIVE_ORDER).thenComparingLong(CodedValue::documentId)
                        .thenComparingLong(CodedValue::passageId))
                .limit(SHOWN).toList();
        Map<Long, Integer> positions = new java.util.HashMap<>();
        index.locate(shown.stream().map(CodedValue::passageId).collect(Collectors.toSet()))
                .forEach(row -> positions.put((Long) row[0], (Integer) row[2]));
        List<CodedMention> mentions = shown.stream()
                .map(v -> new CodedMention(v.documentId(), titles.getOrDefault(v.documentId(), ""), v.passageId(),
                        positions.getOrDefault(v.passageId(), 0), typeNames.getOrDefault(v.claimTypeId(), ""),
                        v.attribute(), v.value(), v.coder()))
                .sorted(java.util.Comparator.comparing(CodedMention::title, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(CodedMention::documentId).thenComparingInt(CodedMention::position)
                        .thenComparing(CodedMention::coder))
                .toList();
        return new EntityMentions(entity, mentions, naming.size() > SHOWN, inText);
    }

    /** The languages the project's documents were found to be in, by code, most documents first. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "search")
    public List<String> languages(long projectId) {
        documents.project(projectId);
        Map<String, Long> counts = searchIndex.languages(projectId).values().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    /**
     * The search's passages with the memos and, for supervisors, the review comments that contain every word of
     * the query as typed (case aside), in the documents (and passages) searched; a coder reads only her own memos.
     */
    private SearchResult withNotes(SearchResult found, long projectId, Map<Long, String> titles, Set<Long> onlyIn) {
        List<String> words = noteWords(found.query());
        if (words.isEmpty() || titles.isEmpty()) {
            return found;
        }
        record Written(NoteHit.Kind kind, long passageId, String author, String text) {
        }
        List<Written> written = new ArrayList<>();
        codings.withMemoWords(projectId, words, SHOWN).forEach(c -> written.add(new Written(NoteHit.Kind.MEMO,
                c.passageId(), c.coder(), c.memo())));
        if (access.has(TenantRole.SUPERVISOR)) {
            discussions.commentsWithWords(projectId, words, SHOWN).forEach(c -> written.add(new Written(
                    NoteHit.Kind.COMMENT, c.passageId(), c.author(), c.body())));
        }
        if (written.isEmpty()) {
            return found;
        }
        Map<Long, Object[]> where = new java.util.HashMap<>();
        index.locate(written.stream().map(Written::passageId).collect(Collectors.toSet()))
                .forEach(row -> where.put((Long) row[0], row));
        Set<String> terms = new java.util.HashSet<>(SearchTerms.terms(found.query()));
        List<NoteHit> notes = new ArrayList<>();
        for (Written w : written) {
            Object[] at = where.get(w.passageId());
            if (at != null && titles.containsKey((Long) at[1]) && (onlyIn == null || onlyIn.contains(w.passageId()))) {
                notes.add(new NoteHit(w.kind(), (Long) at[1], titles.get((Long) at[1]), w.passageId(),
                        (Integer) at[2], w.author(), context(w.text(), terms)));
            }
        }
        return new SearchResult(found.query(), found.documents(), found.passages(), found.cut(),
                found.alsoSearched(), notes, found.indexing());
    }

    /** The query's words as typed, lower-cased, for memos and comments: at most {@link QueryPlan#MOST}. */
    static List<String> noteWords(String query) {
        return java.util.Arrays.stream(query.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 2).distinct().limit(QueryPlan.MOST).toList();
    }

    /**
     * Find in one document: its passages with every word of the query (the same words and names as a search
     * finds), in reading order, at most {@link #FOUND_IN_DOCUMENT}. What the coding screen steps through.
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "search")
    public SearchResult findInDocument(long documentId, String query) {
        DocumentSummary document = documents.document(documentId);
        String words = checked(query);
        return find(document.projectId(), words, Map.of(documentId, document.title()), FOUND_IN_DOCUMENT, null,
                words.isEmpty() ? null : refresh(document.projectId()));
    }

    private static String checked(String query) {
        String asked = query == null ? "" : query.strip();
        if (asked.length() > MAX_QUERY) {
            throw new InvalidInputException("error.search.queryTooLong", MAX_QUERY);
        }
        return asked;
    }

    /**
     * The first {@code most} passages with the query's words in these documents; only of {@code onlyIn}, if given;
     * {@code indexing} says how far a background indexing is, if one runs.
     */
    private SearchResult find(long projectId, String asked, Map<Long, String> titles, int most, Set<Long> onlyIn,
            IndexingProgress indexing) {
        QueryPlan plan = QueryPlan.of(asked, entities.entities(projectId).stream()
                .map(e -> new QueryPlan.Entity(e.name(), names(e))).toList());
        if (plan.isEmpty() || titles.isEmpty() || onlyIn != null && onlyIn.isEmpty()) {
            return indexing == null ? SearchResult.nothing(asked) : SearchResult.nothing(asked).whileIndexing(indexing);
        }
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
            Map<Long, PassageView> passages = documents.passagesWithIds(documentId, ofDocument.stream()
                    .map(r -> (Long) r[1]).toList()).stream()
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
        SearchResult result = new SearchResult(asked, found, shown.size(), rows.size() > most, plan.alsoSearched());
        return indexing == null ? result : result.whileIndexing(indexing);
    }

    /**
     * Reads again the documents whose passages changed since they were indexed: a few at once, before answering;
     * many (a project imported before search existed, a large import) in the background, one document after the
     * other, while searches answer from what is indexed so far and say how far the indexing is.
     */
    private IndexingProgress refresh(long projectId) {
        Map<Long, String> stale = searchIndex.stale(projectId);
        if (stale.isEmpty()) {
            return null;
        }
        String key = access.currentTenantId() + "/" + projectId;
        Indexing running = indexing.get(key);
        if (running != null) {
            return running.progress();
        }
        if (stale.size() <= INDEXED_BEFORE_ANSWERING) {
            stale.forEach((documentId, fingerprint) -> reindex(projectId, documentId, fingerprint));
            return null;
        }
        Indexing started = new Indexing(stale.size());
        if (indexing.putIfAbsent(key, started) == null) {
            UserIdentity user = access.currentUser();
            String tenant = access.currentTenantId();
            executor.submit(() -> ExecutionContext.runAs(user, tenant, () -> indexInTheBackground(key, projectId,
                    stale, started)));
            LOG.info(() -> "Search index of project " + key + ": indexing " + stale.size() + " documents");
        }
        return indexing.getOrDefault(key, started).progress();
    }

    private void indexInTheBackground(String key, long projectId, Map<Long, String> stale, Indexing progress) {
        try {
            int step = Math.max(1, stale.size() / 10);
            for (Map.Entry<Long, String> document : stale.entrySet()) {
                reindex(projectId, document.getKey(), document.getValue());
                int done = progress.done.incrementAndGet();
                if (done % step == 0) {
                    LOG.info(() -> "Search index of project " + key + ": " + done + " of " + stale.size()
                            + " documents");
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search index of project " + key + " stopped; the next search goes on", e);
        } finally {
            indexing.remove(key);
        }
    }

    private void reindex(long projectId, long documentId, String fingerprint) {
        try {
            searchIndex.reindex(projectId, documentId, fingerprint);
        } catch (RuntimeException e) {
            // Somebody else indexed it at the same moment (another search, another server): theirs stands.
            LOG.log(Level.FINE, "Document " + documentId + " was indexed by another search", e);
        }
    }

    /** A background indexing of one project on this server: how many documents it has, how many are done. */
    private record Indexing(int total, java.util.concurrent.atomic.AtomicInteger done) {
        Indexing(int total) {
            this(total, new java.util.concurrent.atomic.AtomicInteger());
        }

        IndexingProgress progress() {
            return new IndexingProgress(done.get(), total);
        }
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
