package org.concordia.export.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
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
import org.concordia.coding.model.CodingView;
import org.concordia.coding.service.CodingService;
import org.concordia.consensus.model.ConsensusState;
import org.concordia.consensus.model.GoldCodingView;
import org.concordia.consensus.service.ConsensusService;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.service.DocumentService;
import org.concordia.export.model.ExportFilter;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.security.UserIdentity;
import org.concordia.tenancy.service.TenantAccess;

/**
 * What an export reads, through the other features' services, already filtered: the project's documents, codebook,
 * passages, consensus states, codings (streamed) and gold codings. One per export; call {@link #open} first.
 */
@Dependent
public class ExportSource {

    @Inject
    DocumentService documents;

    @Inject
    CodebookService codebooks;

    @Inject
    CodingService codings;

    @Inject
    ConsensusService consensus;

    @Inject
    TenantAccess access;

    @Resource
    ManagedExecutorService executor;

    private long projectId;
    private ExportFilter filter;
    private CodebookView codebook;
    private Map<Long, ClaimTypeView> claimTypes;
    private List<String> attributeNames;
    private final Map<Long, String> paths = new HashMap<>();
    private long statesDocument = -1;
    private Map<Long, ConsensusState> states = Map.of();
    private List<DocumentSummary> documentList;
    private long cachedDocument = -1;
    private Map<Long, PassageView> cachedPassages = Map.of();

    public ExportSource open(long project, ExportFilter exportFilter) {
        this.projectId = project;
        this.filter = exportFilter;
        this.codebook = codebooks.view(project);
        this.claimTypes = codebook.claimTypes().stream()
                .collect(Collectors.toMap(ClaimTypeView::id, Function.identity()));
        this.attributeNames = codebook.claimTypes().stream().flatMap(t -> t.draft().attributes().stream())
                .map(AttributeField::name).distinct().toList();
        this.documentList = documents.listDocuments(project).stream().filter(d -> filter.document(d.id())).toList();
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
        return paths.computeIfAbsent(id, key -> {
            ClaimTypeView type = claimTypes.get(key);
            return type == null ? "#" + key : type.path(claimTypes);
        });
    }

    /** Every attribute name of the codebook, in codebook order, each once. */
    public List<String> attributeNames() {
        return attributeNames;
    }

    /** The documents the filter keeps, in the project's order. */
    public List<DocumentSummary> documents() {
        return documentList;
    }

    /**
     * The consensus state of a passage of an assigned document, or "" for a passage nobody was assigned. The last
     * document's states are kept, so that reading by document is cheap and nothing grows with the project.
     */
    public String state(long documentId, long passageId) {
        if (documentId != statesDocument) {
            states = consensus.statesOf(documentId);
            statesDocument = documentId;
        }
        ConsensusState state = states.get(passageId);
        return state == null ? "" : state.name();
    }

    /** A document's passages by id; the last document's are kept, so reading codings in document order is cheap. */
    public Map<Long, PassageView> passages(long documentId) {
        if (documentId != cachedDocument) {
            cachedPassages = documents.passages(documentId).stream()
                    .collect(Collectors.toMap(PassageView::id, Function.identity()));
            cachedDocument = documentId;
        }
        return cachedPassages;
    }

    /**
     * The coders' codings the filter keeps, one at a time, by document and position. Read one document at a time:
     * its codings once, its consensus states from them, so that memory depends on the largest document, not on
     * the project. The next document is read on another thread while this one is written.
     */
    public void forEachCoding(Consumer<CodingView> consumer) {
        if (filter.goldOnly() || documentList.isEmpty()) {
            return;
        }
        UserIdentity user = access.currentUser();
        String tenant = access.currentTenantId();
        FutureTask<DocumentCodings> next = readAhead(documentList.get(0).id(), user, tenant);
        for (int i = 0; i < documentList.size(); i++) {
            DocumentCodings current = await(next);
            next = i + 1 < documentList.size() ? readAhead(documentList.get(i + 1).id(), user, tenant) : null;
            emit(current, consumer);
        }
    }

    /** The coders' codings of one document the filter keeps, by position. */
    public void forEachCodingOf(long documentId, Consumer<CodingView> consumer) {
        if (filter.goldOnly() || !filter.document(documentId)) {
            return;
        }
        emit(read(documentId), consumer);
    }

    /** One document's codings with their consensus states. */
    private record DocumentCodings(long documentId, List<CodingView> codings, Map<Long, ConsensusState> states) {
    }

    private DocumentCodings read(long documentId) {
        List<CodingView> ofDocument = codings.codingsOf(documentId);
        return new DocumentCodings(documentId, ofDocument, consensus.statesOf(documentId, ofDocument));
    }

    private void emit(DocumentCodings document, Consumer<CodingView> consumer) {
        statesDocument = document.documentId();
        states = document.states();
        for (CodingView c : document.codings()) {
            if (filter.claimType(c.claimTypeId()) && filter.coder(c.coder())
                    && filter.state(state(document.documentId(), c.passageId()))) {
                consumer.accept(c);
            }
        }
    }

    /** Reads a document on the server's executor, as the same user in the same tenant. */
    private FutureTask<DocumentCodings> readAhead(long documentId, UserIdentity user, String tenant) {
        FutureTask<DocumentCodings> task = new FutureTask<>(() -> ExecutionContext.callAs(user, tenant,
                () -> read(documentId)));
        executor.execute(task);
        return task;
    }

    /** The read-ahead's result; if no executor thread has started it yet, it runs here, so nothing waits forever. */
    private static DocumentCodings await(FutureTask<DocumentCodings> task) {
        task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The export was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The gold codings of a document the filter keeps (none when it names coders: gold is nobody's). */
    public List<GoldCodingView> gold(long documentId) {
        if (!filter.coders().isEmpty() && !filter.coders().contains(GOLD)) {
            return List.of();
        }
        return consensus.goldOf(documentId).stream()
                .filter(g -> filter.claimType(g.claimTypeId()) && filter.state(state(documentId, g.passageId())))
                .toList();
    }

    public long codingCount() {
        return codings.countOfProject(projectId);
    }


    /** The coder column's value for gold codings. */
    public static final String GOLD = "gold";
}
