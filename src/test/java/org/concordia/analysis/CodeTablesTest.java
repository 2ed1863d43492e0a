package org.concordia.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concordia.analysis.model.CrossTable;
import org.concordia.analysis.model.Dimension;
import org.concordia.analysis.service.CodeTables;
import org.concordia.codebook.model.ClaimTypeDraft;
import org.concordia.codebook.model.ClaimTypeTree;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.coding.model.CoOccurrence;
import org.concordia.coding.model.CodedSpan;
import org.concordia.documents.model.DocumentMetadata;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.SourceType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What each cell of the Analyse page's tables counts. */
class CodeTablesTest {

    private static final ClaimTypeView STANCE = type(1, null, "Stance");
    private static final ClaimTypeView SUPPORT = type(2, 1L, "Support");
    private static final ClaimTypeView OPPOSITION = type(3, 1L, "Opposition");
    private static final ClaimTypeView EVENT = type(4, null, "Event");
    private static final List<ClaimTypeView> CODEBOOK = List.of(STANCE, SUPPORT, OPPOSITION, EVENT);

    private static final DocumentSummary WIRE = document(10, "Wire", "Reuters", LocalDate.of(2020, 5, 7),
            SourceType.NEWS_ARTICLE);
    private static final DocumentSummary PAPER = document(11, "Paper", "reuters", LocalDate.of(2020, 8, 1),
            SourceType.JOURNAL_ARTICLE);
    private static final DocumentSummary BRIEF = document(12, "Brief", "Al-Monitor", LocalDate.of(2020, 5, 20),
            SourceType.NEWS_ARTICLE);
    private static final DocumentSummary UNDATED = document(13, "Statement", null, null, SourceType.OTHER);
    private static final List<DocumentSummary> DOCUMENTS = List.of(WIRE, PAPER, BRIEF, UNDATED);

    private static final Map<Long, Map<Long, Long>> COUNTS = Map.of(
            SUPPORT.id(), Map.of(WIRE.id(), 3L, BRIEF.id(), 1L, UNDATED.id(), 2L),
            OPPOSITION.id(), Map.of(PAPER.id(), 4L));

    @Test
    @DisplayName("By outlet: documents of one outlet add up, outlets in alphabetical order, the ones without last")
    void outletsGatherTheirDocuments() {
        CrossTable table = CodeTables.codesBy(DOCUMENTS, Dimension.OUTLET, CODEBOOK, COUNTS);

        assertThat(table.rows()).extracting(r -> r.heading().label())
                .as("outlet names are compared as written: \"reuters\" is another spelling, kept apart")
                .containsExactly("Al-Monitor", "Reuters", "reuters", null);
        assertThat(table.rows().get(3).heading().none()).isTrue();
        assertThat(counts(table)).containsExactly(
                List.of(0L, 1L, 0L, 0L), List.of(0L, 3L, 0L, 0L), List.of(0L, 0L, 4L, 0L), List.of(0L, 2L, 0L, 0L));
        assertThat(table.columnTotals()).containsExactly(0L, 6L, 4L, 0L);
        assertThat(table.total()).isEqualTo(10);
        assertThat(table.rows().get(2).cells().get(2).heat()).as("the largest count is the darkest")
                .isEqualTo(CrossTable.HEAT_LEVELS);
        assertThat(table.rows().get(0).cells().get(1).heat()).as("a small count is still shaded").isEqualTo(2);
        assertThat(table.rows().get(0).cells().get(0).heat()).isZero();
    }

    @Test
    @DisplayName("Over time, every month from the first to the last is a row, empty ones too, undated documents last")
    void monthsHaveNoGaps() {
        CrossTable table = CodeTables.codesBy(DOCUMENTS, Dimension.MONTH, CODEBOOK, COUNTS);

        assertThat(table.rows()).extracting(r -> r.heading().key())
                .containsExactly("2020-05", "2020-06", "2020-07", "2020-08", "");
        assertThat(table.rows()).extracting(CrossTable.Row::total).containsExactly(4L, 0L, 0L, 4L, 2L);
        assertThat(CodeTables.codesBy(DOCUMENTS, Dimension.YEAR, CODEBOOK, COUNTS).rows())
                .extracting(r -> r.heading().key()).containsExactly("2020", "");
    }

    @Test
    @DisplayName("By source type in the order of the types, by document in the project's order")
    void sourceTypesAndDocuments() {
        assertThat(CodeTables.codesBy(DOCUMENTS, Dimension.SOURCE_TYPE, CODEBOOK, COUNTS).rows())
                .extracting(r -> r.heading().key()).containsExactly("JOURNAL_ARTICLE", "NEWS_ARTICLE", "OTHER");
        assertThat(CodeTables.codesBy(DOCUMENTS, Dimension.DOCUMENT, CODEBOOK, COUNTS).rows())
                .extracting(r -> r.heading().label()).containsExactly("Wire", "Paper", "Brief", "Statement");
        assertThat(CodeTables.documentsWith(DOCUMENTS, Dimension.SOURCE_TYPE, "NEWS_ARTICLE"))
                .containsExactlyInAnyOrder(WIRE.id(), BRIEF.id());
        assertThat(CodeTables.documentsWith(DOCUMENTS, Dimension.OUTLET, "")).as("the row of those without")
                .containsExactly(UNDATED.id());
    }

    @Test
    @DisplayName("The co-occurrence table puts the database's counts on both sides of the diagonal, of the codebook's claim types only")
    void coOccurrenceTableIsSymmetric() {
        long removed = 999;
        CrossTable table = CodeTables.coOccurrence(CODEBOOK, List.of(new CoOccurrence(SUPPORT.id(), EVENT.id(), 2),
                new CoOccurrence(SUPPORT.id(), SUPPORT.id(), 3), new CoOccurrence(EVENT.id(), removed, 5)));
        assertThat(cell(table, SUPPORT, EVENT)).isEqualTo(2);
        assertThat(cell(table, EVENT, SUPPORT)).as("the table is symmetric").isEqualTo(2);
        assertThat(cell(table, SUPPORT, SUPPORT)).as("passages with Support").isEqualTo(3);
        assertThat(cell(table, SUPPORT, OPPOSITION)).as("no count, no co-occurrence").isZero();
        assertThat(table.total()).as("a claim type no longer in the codebook is left out").isEqualTo(7);
    }

    @Test
    @DisplayName("The segments behind a co-occurrence are those of coders who applied every chosen claim type in a passage")
    void whoAppliedAllIsOneCodersPair() {
        List<CodedSpan> spans = List.of(
                // passage 100: ada applies Support and Event, far apart
                new CodedSpan("ada", 1, 100, SUPPORT.id(), 0, 10), new CodedSpan("ada", 1, 100, EVENT.id(), 50, 60),
                // passage 101: ada's Support overlaps her Event; bo codes Support there too
                new CodedSpan("ada", 1, 101, SUPPORT.id(), 0, 30), new CodedSpan("ada", 1, 101, EVENT.id(), 20, 40),
                new CodedSpan("bo", 1, 101, SUPPORT.id(), 0, 30), new CodedSpan("bo", 1, 101, EVENT.id(), 25, 35),
                // passage 102: ada says Support, bo says Opposition: a disagreement
                new CodedSpan("ada", 1, 102, SUPPORT.id(), 0, 30), new CodedSpan("bo", 1, 102, OPPOSITION.id(), 0, 30));

        assertThat(CodeTables.whoAppliedAll(spans, Set.of(SUPPORT.id(), EVENT.id()), false))
                .containsExactly(Map.entry(100L, Set.of("ada")), Map.entry(101L, Set.of("ada", "bo")));
        assertThat(CodeTables.whoAppliedAll(spans, Set.of(SUPPORT.id(), EVENT.id()), true))
                .containsExactly(Map.entry(101L, Set.of("ada", "bo")));
        assertThat(CodeTables.whoAppliedAll(spans, Set.of(SUPPORT.id(), OPPOSITION.id()), false)).isEmpty();
    }

    @Test
    @DisplayName("A claim type with those below it: every level down")
    void descendants() {
        ClaimTypeView strong = type(5, SUPPORT.id(), "Strong support");
        List<ClaimTypeView> deeper = List.of(STANCE, SUPPORT, strong, OPPOSITION, EVENT);
        assertThat(ClaimTypeTree.withDescendants(Set.of(STANCE.id()), deeper))
                .containsExactlyInAnyOrder(STANCE.id(), SUPPORT.id(), strong.id(), OPPOSITION.id());
        assertThat(ClaimTypeTree.withDescendants(Set.of(EVENT.id()), deeper)).containsExactly(EVENT.id());
    }

    private static long cell(CrossTable table, ClaimTypeView row, ClaimTypeView column) {
        int r = CODEBOOK.indexOf(row);
        int c = CODEBOOK.indexOf(column);
        return table.rows().get(r).cells().get(c).count();
    }

    private static List<List<Long>> counts(CrossTable table) {
        return table.rows().stream().map(r -> r.cells().stream().map(CrossTable.Cell::count).toList()).toList();
    }

    private static ClaimTypeView type(long id, Long parent, String name) {
        return new ClaimTypeView(id, "guid-" + id, parent, parent == null ? 0 : 1, new ClaimTypeDraft(parent, name,
                null, null, null, null, null, null, true, List.of()));
    }

    private static DocumentSummary document(long id, String title, String outlet, LocalDate date, SourceType type) {
        return new DocumentSummary(id, 1L, new DocumentMetadata(title, null, outlet, date, null, type, null),
                title + ".txt", "text/plain", 3, "sam", Instant.EPOCH, null);
    }

}
