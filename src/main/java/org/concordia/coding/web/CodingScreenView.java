package org.concordia.coding.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concordia.claims.service.EntityService;
import org.concordia.codebook.model.AttributeField;
import org.concordia.codebook.model.AttributeType;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.model.CodingTally;
import org.concordia.coding.model.CodingView;
import org.concordia.coding.service.CodingService;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.faces.Messages;
import org.concordia.platform.faces.Texts;
import org.concordia.search.service.SearchService;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.TenantAccess;
import org.primefaces.PrimeFaces;

/**
 * The coding screen ({@code code.xhtml?document=12}): the document passage by passage with codings highlighted in
 * their claim type's colour; select text and press a claim type's hotkey (or click it) to code; the selected
 * coding's attributes and memo in the side panel; undo of the last action; a filter by claim type.
 */
@Named("codingScreen")
@ViewScoped
public class CodingScreenView implements Serializable {

    private static final long serialVersionUID = 1L;
    /**
     * Passages read and rendered with the page, and added each time the coder nears the end of those shown (the page
     * asks 1,500 px ahead): a document of 20,000 passages opens as fast as one of 60, and its page does not hold
     * megabytes of markup at once. 60 passages are several screens even on a tall monitor; rendering them is most
     * of the first response's time.
     */
    static final int PASSAGES_AT_ONCE = 60;

    @Inject
    CodingService codingService;

    @Inject
    DocumentService documentService;

    @Inject
    CodebookService codebookService;

    @Inject
    TenantAccess access;

    @Inject
    EntityService entities;

    @Inject
    SearchService search;

    private Long document;
    /** The passage to open the screen at ({@code code.xhtml?document=5&at=41}), or null for the beginning. */
    private Long at;
    /** Words to find in the document ({@code &find=Kadhimi}), and which passage found to open at ({@code &hit=2}). */
    private String find;
    /** Which passage found to open at, from 0; a hand-typed address may say anything, which counts as 0. */
    private String hit;
    private FindInDocument finding;
    private DocumentSummary summary;
    /** The passages the page has, from the first (rendered or on their way); more are read as the coder nears them. */
    private List<PassageView> passages;
    private int passageCount;
    /** Where the passages of the last "more" request begin. */
    private int moreFrom;
    private List<ClaimTypeView> claimTypes;
    private Map<Long, ClaimTypeView> claimTypesById;
    /** The codings of the passages the page has; {@link #tally} counts those of the whole document. */
    private Map<Long, CodingView> codingsById;
    private CodingTally tally;
    private Map<Long, List<CodingView>> codingsByPassage;
    private Long filter;
    private String coder;
    private boolean showCoders;

    // The selection the page's script reports, and the claim type to apply.
    private Long passage;
    private Integer start;
    private Integer end;
    private Long claimType;

    private CodingView selected;
    private List<AttributeRow> attributes = new ArrayList<>();
    private String memo;
    private LastAction lastAction;

    /** Called by the page's viewAction once the document parameter is set. */
    public void load() {
        if (document == null) {
            throw new NotFoundException("error.coding.noDocumentWasNamedOpen");
        }
        summary = documentService.document(document);
        showCoders = access.has(TenantRole.SUPERVISOR);
        passageCount = documentService.passageCount(document);
        passages = new ArrayList<>();
        codingsById = new HashMap<>();
        codingsByPassage = new HashMap<>();
        tally = codingService.tallyOf(document);
        if (find != null && !find.isBlank()) {
            finding = FindInDocument.of(search.findInDocument(document, find),
                    hit != null && hit.matches("\\d{1,6}") ? Integer.parseInt(hit) : 0);
            if (finding.found() && at == null) {
                at = finding.current().passageId();
            }
        }
        readMorePassages();
        // Opened at a passage (a search result): read on until it is among the passages shown.
        while (at != null && passages.stream().noneMatch(p -> p.id() == at) && passages.size() < passageCount) {
            int before = passages.size();
            readMorePassages();
            if (passages.size() == before) {
                break;
            }
        }
        moreFrom = passages.size();
        claimTypes = codebookService.view(summary.projectId()).claimTypes();
        claimTypesById = new HashMap<>();
        claimTypes.forEach(t -> claimTypesById.put(t.id(), t));
    }

    /** Reads the next passages of the document and their codings, as the coder reaches them. */
    private void readMorePassages() {
        List<PassageView> more = documentService.passages(document, passages.size(), PASSAGES_AT_ONCE);
        if (more.isEmpty()) {
            return;
        }
        passages.addAll(more);
        for (CodingView coding : codingService.codingsOf(document, more.get(0).start(),
                more.get(more.size() - 1).end())) {
            codingsById.put(coding.id(), coding);
            codingsByPassage.computeIfAbsent(coding.passageId(), id -> new ArrayList<>()).add(coding);
        }
    }

    /** Applies the chosen claim type to the selected text (the page's script fills in both). */
    public void apply() {
        if (passage == null || start == null || end == null) {
            Messages.warn(Texts.get("coding.msg.selectFirst"));
            return;
        }
        CodingView created = codingService.code(document, passage, claimType, start, end);
        lastAction = new LastAction(created, false);
        remember(created);
        select(created.id());
        redraw(created.passageId());
        Messages.info(Texts.get("coding.msg.coded", described(created)));
    }

    /** “the quote” as Claim type, as the messages name a coding. */
    private String described(CodingView coding) {
        String quote = quoteOf(coding);
        if (quote.codePointCount(0, quote.length()) > 60) {
            quote = quote.substring(0, quote.offsetByCodePoints(0, 60)) + "\u2026";
        }
        ClaimTypeView type = claimTypesById.get(coding.claimTypeId());
        String name = type == null ? Texts.get("coding.msg.aClaimType") : type.name();
        if ("rtl".equals(Texts.get("dir"))) {
            // A left-to-right quote inside a right-to-left sentence: isolated, so each keeps its own order.
            quote = "\u2068" + quote + "\u2069";
            name = "\u2068" + name + "\u2069";
        }
        return Texts.get("coding.msg.described", quote, name);
    }

    public Long getAt() {
        return at;
    }

    public String getFind() {
        return find;
    }

    public void setFind(String find) {
        this.find = find;
    }

    public String getHit() {
        return hit;
    }

    public void setHit(String hit) {
        this.hit = hit;
    }

    /** What find in the document found, or null when nothing was asked. */
    public FindInDocument getFinding() {
        return finding;
    }

    /** The address of the {@code n}-th passage found (from 0), scrolled to. */
    public String findLink(int n) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/code.xhtml?document="
                + document + "&find=" + java.net.URLEncoder.encode(find, java.nio.charset.StandardCharsets.UTF_8)
                + "&hit=" + n + "#passage-text-" + finding.passageOf(n);
    }

    public void setAt(Long at) {
        this.at = at;
    }

    public void selectFromRequest() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("coding");
        if (id != null && id.matches("\\d+")) {
            select(Long.parseLong(id));
        }
    }

    public void saveDetails() {
        Map<String, String> values = new LinkedHashMap<>();
        attributes.forEach(row -> values.put(row.getName(), row.getValue()));
        selected = codingService.describe(selected.id(), values, memo);
        entities.recordWhileCoding(summary.projectId(), attributes.stream().filter(AttributeRow::isEntity)
                .map(AttributeRow::getValue).toList());
        Messages.info(Texts.get("coding.msg.saved"));
        remember(selected);
    }

    public void deleteSelected() {
        codingService.delete(selected.id());
        lastAction = new LastAction(selected, true);
        long passageId = selected.passageId();
        forget(selected);
        selected = null;
        redraw(passageId);
        Messages.info(Texts.get("coding.msg.deleted"));
    }

    /** Takes back the last coding made or deleted on this screen. */
    public void undo() {
        if (lastAction == null) {
            Messages.warn(Texts.get("coding.msg.nothingToUndo"));
            return;
        }
        CodingView coding = lastAction.coding();
        String what = described(coding);
        if (lastAction.deleted()) {
            CodingView restored = codingService.code(document, coding.passageId(), coding.claimTypeId(),
                    coding.start(), coding.end());
            if (!coding.attributes().isEmpty() || coding.memo() != null) {
                restored = codingService.describe(restored.id(), coding.attributes(), coding.memo());
            }
            selected = restored;
            remember(restored);
        } else {
            codingService.delete(coding.id());
            forget(coding);
            selected = null;
        }
        boolean deleted = lastAction.deleted();
        lastAction = null;
        redraw(coding.passageId());
        Messages.info(Texts.get(deleted ? "coding.msg.undoneBack" : "coding.msg.undoneRemoved", what));
    }

    /** The next passages, for the page to add below those it has (the coder scrolled near the end, or pressed j). */
    public void showMore() {
        moreFrom = passages.size();
        readMorePassages();
    }

    /** Whether the selected coding has entity attributes, to be picked from the registry. */
    public boolean isNamingEntities() {
        return attributes.stream().anyMatch(AttributeRow::isEntity);
    }

    /** The registry's names for what the coder is typing into an entity attribute ("Kataeb": Kata'ib Hezbollah). */
    public List<String> completeEntity(String typed) {
        return entities.namesLike(summary.projectId(), typed);
    }

    public void applyFilter() {
        // segments are computed per render from the filter
    }

    private void select(long codingId) {
        selected = codingsById.get(codingId);
        if (selected == null) {
            return;
        }
        ClaimTypeView type = claimTypesById.get(selected.claimTypeId());
        attributes = new ArrayList<>();
        for (AttributeField field : type.draft().attributes()) {
            attributes.add(new AttributeRow(field.name(), Texts.label(field.type()), field.options(), field.required(),
                    field.type() == AttributeType.ENTITY, selected.attributes().get(field.name())));
        }
        memo = selected.memo();
    }

    /**
     * A coding made or changed on this screen, taken into what the screen shows without reading every coding of
     * the document again (20,000 in a long one).
     */
    private void remember(CodingView coding) {
        forget(coding);
        tally = tally.plus(coding.coder(), 1);
        codingsById.put(coding.id(), coding);
        codingsByPassage.computeIfAbsent(coding.passageId(), id -> new ArrayList<>()).add(coding);
    }

    private void forget(CodingView coding) {
        CodingView known = codingsById.remove(coding.id());
        if (known != null) {
            tally = tally.plus(known.coder(), -1);
            List<CodingView> inPassage = codingsByPassage.get(known.passageId());
            if (inPassage != null) {
                inPassage.removeIf(c -> c.id() == coding.id());
            }
        }
    }

    /** The passage's text with its codings highlighted (those passing the filters), as escaped HTML. */
    public String markupOf(PassageView passageView) {
        return markup().html(passageView.text(), passageView.start(), shownIn(passageView));
    }

    /** The passage's coding stripes (claim type and coder of each coding shown), for supervisors. */
    public String stripesOf(PassageView passageView) {
        // The passage at hand quotes its own codings: quoteOf would search the document's passages for each one.
        return isShowCoders() ? markup().stripes(shownIn(passageView), c -> passageView.quote(c.start(), c.end()))
                : "";
    }

    private PassageMarkup markup() {
        return new PassageMarkup(codingsById, claimTypesById, isShowCoders());
    }

    private List<CodingView> shownIn(PassageView passageView) {
        return codingsByPassage.getOrDefault(passageView.id(), List.of()).stream()
                .filter(c -> filter == null || c.claimTypeId() == filter)
                .filter(c -> coder == null || c.coder().equals(coder))
                .toList();
    }

    /**
     * Whether the screen says whose each coding is: a supervisor sees every coder's codings on it. Asked once, at
     * load: every passage's markup asks again, and each question would read the membership from the database.
     */
    public boolean isShowCoders() {
        return showCoders;
    }

    /** The coders with codings in this document, for the supervisor's choice of whose to show. */
    public List<String> getCoders() {
        return tally.coders();
    }

    public String getCoder() {
        return coder;
    }

    public void setCoder(String coder) {
        this.coder = coder == null || coder.isBlank() ? null : coder;
    }

    /**
     * Sends the new markup of one passage with the Ajax response, for the page's script to swap in: after a coding
     * only that passage changes, and redrawing a long document every time would make coding slow.
     */
    private void redraw(long passageId) {
        passages.stream().filter(p -> p.id() == passageId).findFirst().ifPresent(p -> {
            PrimeFaces.current().ajax().addCallbackParam("passage", passageId);
            PrimeFaces.current().ajax().addCallbackParam("markup", markupOf(p));
            PrimeFaces.current().ajax().addCallbackParam("stripes", stripesOf(p));
        });
    }

    public String quoteOf(CodingView coding) {
        PassageView p = passages.stream().filter(x -> x.id() == coding.passageId()).findFirst().orElseThrow();
        int from = p.text().offsetByCodePoints(0, coding.start() - p.start());
        int to = p.text().offsetByCodePoints(0, coding.end() - p.start());
        return p.text().substring(from, to);
    }

    public ClaimTypeView claimTypeOf(CodingView coding) {
        return claimTypesById.get(coding.claimTypeId());
    }

    public List<ClaimTypeView> getPalette() {
        return claimTypes.stream().filter(t -> t.draft().codable()).toList();
    }

    public long getCodingCount() {
        return tally.total();
    }

    public DocumentSummary getSummary() {
        return summary;
    }

    /** The passages the last {@link #showMore()} added; none on the first render. */
    public List<PassageView> getMorePassages() {
        return passages.subList(moreFrom, passages.size());
    }

    public int getShownPassages() {
        return passages.size();
    }

    public int getPassageCount() {
        return passageCount;
    }

    public int getRemainingPassages() {
        return Math.max(0, passageCount - passages.size());
    }

    /** The passages the page shows, from the first: more are added as the coder reaches them. */
    public List<PassageView> getPassages() {
        return passages;
    }

    public List<ClaimTypeView> getClaimTypes() {
        return claimTypes;
    }

    public CodingView getSelected() {
        return selected;
    }

    public List<AttributeRow> getAttributes() {
        return attributes;
    }

    /** Once codings are revealed a coder sees the others' too, but changes only their own (supervisors: any). */
    public boolean isCanEditSelected() {
        return selected != null && (selected.coder().equals(access.currentUser().username())
                || showCoders);
    }

    public boolean isCanUndo() {
        return lastAction != null;
    }

    public Long getDocument() {
        return document;
    }

    public void setDocument(Long document) {
        this.document = document;
    }

    public Long getFilter() {
        return filter;
    }

    public void setFilter(Long filter) {
        this.filter = filter;
    }

    public Long getPassage() {
        return passage;
    }

    public void setPassage(Long passage) {
        this.passage = passage;
    }

    public Integer getStart() {
        return start;
    }

    public void setStart(Integer start) {
        this.start = start;
    }

    public Integer getEnd() {
        return end;
    }

    public void setEnd(Integer end) {
        this.end = end;
    }

    public Long getClaimType() {
        return claimType;
    }

    public void setClaimType(Long claimType) {
        this.claimType = claimType;
    }

    public String getMemo() {
        return memo;
    }

    public void setMemo(String memo) {
        this.memo = memo;
    }

    /** The last coding made or deleted here, for undo. */
    private record LastAction(CodingView coding, boolean deleted) implements Serializable {
    }

    /** One attribute of the selected coding, as the side panel edits it. */
    public static class AttributeRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String name;
        private final String typeLabel;
        private final List<String> options;
        private final boolean required;
        private final boolean entity;
        private String value;

        AttributeRow(String name, String typeLabel, List<String> options, boolean required, boolean entity,
                String value) {
            this.name = name;
            this.typeLabel = typeLabel;
            this.options = List.copyOf(options);
            this.required = required;
            this.entity = entity;
            this.value = value;
        }

        /** Whether it names an entity, picked from the project's registry or typed as a new one. */
        public boolean isEntity() {
            return entity;
        }

        public String getName() {
            return name;
        }

        public String getTypeLabel() {
            return typeLabel;
        }

        public List<String> getOptions() {
            return options;
        }

        public boolean isRequired() {
            return required;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }
}
