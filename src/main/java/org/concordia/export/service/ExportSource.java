package org.concordia.export.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.concordia.codebook.model.AttributeField;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.model.CodebookView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.model.AppliedClaimType;
import org.concordia.coding.model.CodingView;
import org.concordia.coding.service.CodingService;
import org.concordia.consensus.model.ConsensusState;
import org.concordia.consensus.model.GoldCodingView;
import org.concordia.consensus.service.PassageStateService;
import org.concordia.consensus.service.AdjudicationService;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.service.DocumentGroupService;
import org.concordia.documents.service.DocumentService;
import org.concordia.export.model.ExportFilter;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.security.UserIdentity;
import org.concordia.tenancy.service.TenantAccess;

/**
 * What an export reads, through the other features' services, already filtered: the project's documents and
 * codebook, and document by document ({@link ExportDocument}) its passages, consensus states, codings and gold
 * codings. One per export; call {@link #open} first.
 * <p>
 * Exports of a million codings are read and rendered one document at a time on the server's executor, a few
 * documents ahead of the one being written, and written in order: memory depends on the largest document, not on
 * the project, and every core works.
 */
@Dependent
public class ExportSource {

    /** How many documents are read and rendered at once: every core busy, and one more waiting to be written. */
    private static final int AHEAD = Runtime.getRuntime().availableProcessors() + 1;

    @Inject
    DocumentService documents;

    @Inject
    CodebookService codebooks;

    @Inject
    DocumentGroupService documentGroups;

    @Inject
    CodingService codings;

    @Inject

    PassageStateService passageStates;


    @Inject

    AdjudicationService adjudications;

    @Inject
    TenantAccess access;

    @Resource
    ManagedExecutorService executor;

    private long projectId;
    private ExportFilter filter;
    private CodebookView codebook;
    private Map<Long, ClaimTypeView> claimTypes;
    private Map<Long, String> paths;
    private List<String> attributeNames;
    private List<DocumentSummary> documentList;
    private Map<Long, String> groupNames;
    private Map<Long, Map<String, String>> variables;
    private List<String> variableNames;
    private Consumer<DocumentSummary> written = document -> { };

    public ExportSource open(long project, ExportFilter exportFilter) {
        this.projectId = project;
        this.filter = exportFilter;
        this.codebook = codebooks.view(project);
        this.claimTypes = codebook.claimTypes().stream()
                .collect(Collectors.toUnmodifiableMap(ClaimTypeView::id, Function.identity()));
        this.paths = codebook.claimTypes().stream()
                .collect(Collectors.toUnmodifiableMap(ClaimTypeView::id, t -> t.path(claimTypes)));
        this.attributeNames = codebook.claimTypes().stream().flatMap(t -> t.draft().attributes().stream())
                .map(AttributeField::name).distinct().toList();
        this.documentList = documents.listDocuments(project).stream().filter(d -> filter.document(d.id())).toList();
        Map<Long, List<String>> groups = new java.util.HashMap<>();
        documentGroups.groups(project).forEach(g -> g.documentIds().forEach(d -> groups.computeIfAbsent(d,
                k -> new java.util.ArrayList<>()).add(g.name())));
        this.groupNames = groups.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                e -> String.join("; ", e.getValue())));
        this.variables = documentGroups.variablesOfProject(project);
        this.variableNames = documentList.stream().flatMap(d -> variables.getOrDefault(d.id(), Map.of()).keySet()
                .stream()).distinct().toList();
        return this;
    }

    /** The groups a document is in, by name, separated by "; " (empty when it is in none). */
    public String groupsOf(long documentId) {
        return groupNames.getOrDefault(documentId, "");
    }

    /** Every variable name the exported documents have, in the order first met, each once. */
    public List<String> variableNames() {
        return variableNames;
    }

    /** A document's value of a variable, or null. */
    public String variableOf(long documentId, String name) {
        return variables.getOrDefault(documentId, Map.of()).get(name);
    }

    /** Who hears of each document {@link #render} has written: the job's progress. */
    public ExportSource onDocumentWritten(Consumer<DocumentSummary> listener) {
        this.written = listener;
        return this;
    }

    public long projectId() {
        return projectId;
    }

    public ExportFilter filter() {
        return filter;
    }

    public CodebookView codebook() {
        return codebook;
    }

    public ClaimTypeView claimType(long id) {
        return claimTypes.get(id);
    }

    /** "Attribution of stance / Support" */
    public String claimTypePath(long id) {
        String path = paths.get(id);
        return path == null ? "#" + id : path;
    }

    /** Every attribute name of the codebook, in codebook order, each once. */
    public List<String> attributeNames() {
        return attributeNames;
    }

    /** The documents the filter keeps, in the project's order. */
    public List<DocumentSummary> documents() {
        return documentList;
    }

    public long codingCount() {
        return codings.countOfProject(projectId);
    }

    /** Writes what {@link #render} made of one document; on the exporting thread, in document order. */
    @FunctionalInterface
    public interface ChunkWriter<T> {
        void write(T chunk) throws IOException;
    }

    /** Renders one document; may throw {@link IOException}, which the export reports. */
    @FunctionalInterface
    public interface DocumentRenderer<T> {
        T render(ExportDocument document) throws IOException;
    }

    /**
     * Reads every document the filter keeps and renders it on the server's executor, several documents at once,
     * then hands each rendering to {@code writer} on this thread in document order. The renderer runs on other
     * threads: it may use this source's codebook, claim types and attribute names, nothing that changes.
     *
     * @param withCodings whether the documents' codings are wanted (else only their consensus states are computed,
     *                    from which claim types each coder applied where)
     */
    public <T> void render(boolean withCodings, DocumentRenderer<T> renderer, ChunkWriter<T> writer)
            throws IOException {
        UserIdentity user = access.currentUser();
        String tenant = access.currentTenantId();
        Deque<Pending<T>> ahead = new ArrayDeque<>();
        int next = 0;
        try {
            while (next < documentList.size() || !ahead.isEmpty()) {
                while (next < documentList.size() && ahead.size() < AHEAD) {
                    DocumentSummary document = documentList.get(next++);
                    FutureTask<T> task = new FutureTask<>(() -> ExecutionContext.callAs(user, tenant,
                            () -> renderer.render(read(document, withCodings))));
                    executor.execute(task);
                    ahead.add(new Pending<>(document, task));
                }
                Pending<T> first = ahead.poll();
                writer.write(await(first.task()));
                written.accept(first.document());
            }
        } finally {
            ahead.forEach(pending -> pending.task().cancel(false));
        }
    }

    /** A document being read and rendered on another thread. */
    private record Pending<T>(DocumentSummary document, FutureTask<T> task) {
    }

    /**
     * {@link #render} for text formats: each document rendered as text on the workers, written to {@code out} in
     * order, its rows counted as progress.
     */
    void writeDocuments(boolean withCodings, DocumentRenderer<TextChunk> renderer, OutputStream out,
            ExportProgress progress) throws IOException {
        render(withCodings, renderer, text -> {
            text.writeTo(out);
            progress.rowsWritten(text.rows());
        });
    }

    /** The coders' codings the filter keeps, one at a time, by document and position. */
    public void forEachCoding(Consumer<CodingView> consumer) throws IOException {
        if (filter.goldOnly()) {
            return;
        }
        render(true, ExportDocument::codings, list -> list.forEach(consumer));
    }

    /** The coders' codings of one document the filter keeps, by position. */
    public List<CodingView> codingsOf(DocumentSummary document) {
        if (filter.goldOnly() || !filter.document(document.id())) {
            return List.of();
        }
        return read(document, true).codings();
    }

    /** One document as the filter keeps it. */
    private ExportDocument read(DocumentSummary document, boolean withCodings) {
        long id = document.id();
        List<PassageView> passages = documents.passages(id);
        Map<Long, PassageView> byId = new HashMap<>();
        passages.forEach(p -> byId.put(p.id(), p));
        boolean codingsWanted = withCodings && !filter.goldOnly();
        List<CodingView> all = codingsWanted ? codings.codingsOf(id) : List.of();
        Map<Long, ConsensusState> states = passageStates.statesOf(id, passages, codingsWanted
                ? all.stream().map(AppliedClaimType::of).toList() : codings.appliedClaimTypesOf(id));
        List<CodingView> kept = all.stream().filter(c -> filter.claimType(c.claimTypeId())
                && filter.coder(c.coder()) && filter.state(ExportDocument.stateName(states, c.passageId())))
                .toList();
        return new ExportDocument(document, passages, byId, states, kept, gold(id, states));
    }

    /** The gold codings of a document the filter keeps (none when it names coders: gold is nobody's). */
    private List<GoldCodingView> gold(long documentId, Map<Long, ConsensusState> states) {
        if (!filter.coders().isEmpty() && !filter.coders().contains(GOLD)) {
            return List.of();
        }
        return adjudications.goldOf(documentId).stream().filter(g -> filter.claimType(g.claimTypeId())
                && filter.state(ExportDocument.stateName(states, g.passageId()))).toList();
    }

    /** A rendering's result; if no executor thread has started it yet, it runs here, so nothing waits forever. */
    private static <T> T await(FutureTask<T> task) throws IOException {
        task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The export was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The coder column's value for gold codings. */
    public static final String GOLD = "gold";
}
