package org.concordia.export.service;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.concordia.codebook.model.AttributeField;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.model.CodebookView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.model.CodingView;
import org.concordia.coding.service.CodingService;
import org.concordia.consensus.model.GoldCodingView;
import org.concordia.consensus.model.PassageConsensus;
import org.concordia.consensus.service.ConsensusService;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.service.DocumentService;
import org.concordia.export.model.ExportFilter;

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

    private long projectId;
    private ExportFilter filter;
    private CodebookView codebook;
    private Map<Long, ClaimTypeView> claimTypes;
    private Map<Long, String> states;
    private List<DocumentSummary> documentList;
    private long cachedDocument = -1;
    private Map<Long, PassageView> cachedPassages = Map.of();

    public ExportSource open(long project, ExportFilter exportFilter) {
        this.projectId = project;
        this.filter = exportFilter;
        this.codebook = codebooks.view(project);
        this.claimTypes = codebook.claimTypes().stream()
                .collect(Collectors.toMap(ClaimTypeView::id, Function.identity()));
        this.states = new HashMap<>();
        for (PassageConsensus passage : consensus.states(project)) {
            states.put(passage.passageId(), passage.state().name());
        }
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
        ClaimTypeView type = claimTypes.get(id);
        return type == null ? "#" + id : type.path(claimTypes);
    }

    /** Every attribute name of the codebook, in codebook order, each once. */
    public List<String> attributeNames() {
        return codebook.claimTypes().stream().flatMap(t -> t.draft().attributes().stream())
                .map(AttributeField::name).distinct().toList();
    }

    /** The documents the filter keeps, in the project's order. */
    public List<DocumentSummary> documents() {
        return documentList;
    }

    /** The consensus state of a passage of an assigned document, or "" for a passage nobody was assigned. */
    public String state(long passageId) {
        return states.getOrDefault(passageId, "");
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

    /** The coders' codings the filter keeps, one at a time, by document and position. */
    public void forEachCoding(Consumer<CodingView> consumer) {
        if (filter.goldOnly()) {
            return;
        }
        codings.forEachCoding(projectId, c -> {
            if (filter.document(c.documentId()) && filter.claimType(c.claimTypeId()) && filter.coder(c.coder())
                    && filter.state(state(c.passageId()))) {
                consumer.accept(c);
            }
        });
    }

    /** The coders' codings of one document the filter keeps, by position. */
    public void forEachCodingOf(long documentId, Consumer<CodingView> consumer) {
        if (filter.goldOnly() || !filter.document(documentId)) {
            return;
        }
        codings.codingsOf(documentId).stream()
                .filter(c -> filter.claimType(c.claimTypeId()) && filter.coder(c.coder())
                        && filter.state(state(c.passageId())))
                .forEach(consumer);
    }

    /** The gold codings of a document the filter keeps (none when it names coders: gold is nobody's). */
    public List<GoldCodingView> gold(long documentId) {
        if (!filter.coders().isEmpty() && !filter.coders().contains(GOLD)) {
            return List.of();
        }
        return consensus.goldOf(documentId).stream()
                .filter(g -> filter.claimType(g.claimTypeId()) && filter.state(state(g.passageId()))).toList();
    }

    public long codingCount() {
        return codings.countOfProject(projectId);
    }

    /** The coder column's value for gold codings. */
    public static final String GOLD = "gold";
}
