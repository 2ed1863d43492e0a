package org.concordia.analysis.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.concordia.analysis.model.CrossTable;
import org.concordia.analysis.model.Dimension;
import org.concordia.analysis.model.Heading;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.coding.model.CoOccurrence;
import org.concordia.coding.model.CodedSpan;
import org.concordia.documents.model.DocumentMetadata;
import org.concordia.documents.model.DocumentSummary;

/**
 * The tables of the Analyse page, computed from counts and spans the database has already gathered: codes by
 * document or by a document detail, codes over time, and codes that occur together. Pure functions, so that what
 * a cell means is tested without a server.
 */
public final class CodeTables {

    /** The most periods a table over time spans (fifty years of months); earlier ones are left out. */
    static final int MAX_PERIODS = 600;

    private CodeTables() {
    }

    /** What a document's row is under {@code dimension}: its key (empty when it says nothing) and label. */
    public static Heading headingOf(DocumentSummary document, Dimension dimension) {
        DocumentMetadata m = document.metadata();
        LocalDate date = m.publishedOn();
        return switch (dimension) {
            case DOCUMENT -> new Heading(String.valueOf(document.id()), document.title());
            case OUTLET -> named(m.publisher());
            case AUTHOR -> named(m.author());
            case SOURCE_TYPE -> new Heading(m.sourceType().name(), m.sourceType().name());
            case YEAR -> date == null ? none() : named(String.valueOf(date.getYear()));
            case MONTH -> date == null ? none() : named(YearMonth.from(date).toString());
        };
    }

    /**
     * Rows of claim type counts by {@code dimension}: a row per document, outlet, author, source type or period
     * (every period from the first to the last, empty ones too, so that a line over time does not skip a gap),
     * "none given" last; a column per claim type in codebook order. {@code counts} is by claim type, then document.
     */
    public static CrossTable codesBy(List<DocumentSummary> documents, Dimension dimension, List<ClaimTypeView> types,
            Map<Long, Map<Long, Long>> counts) {
        Map<String, Heading> rows = rowHeadings(documents, dimension);
        Map<String, Integer> rowIndex = indexOf(rows.keySet());
        List<Heading> columns = types.stream().map(t -> new Heading(String.valueOf(t.id()), t.name())).toList();
        long[][] cells = new long[rows.size()][columns.size()];
        Map<Long, Integer> rowOfDocument = new HashMap<>();
        documents.forEach(d -> rowOfDocument.put(d.id(), rowIndex.get(headingOf(d, dimension).key())));
        for (int c = 0; c < types.size(); c++) {
            for (Map.Entry<Long, Long> inDocument : counts.getOrDefault(types.get(c).id(), Map.of()).entrySet()) {
                Integer r = rowOfDocument.get(inDocument.getKey());
                if (r != null) {
                    cells[r][c] += inDocument.getValue();
                }
            }
        }
        return CrossTable.of(List.copyOf(rows.values()), columns, cells);
    }

    /** The documents whose row under {@code dimension} has {@code key}. */
    public static Set<Long> documentsWith(List<DocumentSummary> documents, Dimension dimension, String key) {
        String wanted = key == null ? "" : key;
        return documents.stream().filter(d -> headingOf(d, dimension).key().equals(wanted))
                .map(DocumentSummary::id).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Claim types by claim types: on the diagonal, how many passages have a claim type; elsewhere, in how many
     * passages one coder applied both (anywhere in the passage, or, if asked, to spans that share text), as the
     * database counted them ({@link CoOccurrence}). Two coders each applying one of them is disagreement, not
     * co-occurrence, and is not counted. Claim types not among {@code types} are left out; the table is symmetric.
     */
    public static CrossTable coOccurrence(List<ClaimTypeView> types, List<CoOccurrence> counts) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < types.size(); i++) {
            index.put(types.get(i).id(), i);
        }
        long[][] cells = new long[types.size()][types.size()];
        for (CoOccurrence count : counts) {
            Integer x = index.get(count.claimTypeId());
            Integer y = index.get(count.otherClaimTypeId());
            if (x != null && y != null) {
                cells[x][y] = count.passages();
                cells[y][x] = count.passages();
            }
        }
        List<Heading> headings = types.stream().map(t -> new Heading(String.valueOf(t.id()), t.name())).toList();
        return CrossTable.of(headings, headings, cells);
    }

    /**
     * Who applied every claim type of {@code types} (overlapping each other, if {@code overlapping}) in which
     * passage: by passage id, the coders. The segments behind a co-occurrence cell are theirs, in those passages.
     */
    public static Map<Long, Set<String>> whoAppliedAll(List<CodedSpan> spans, Set<Long> types, boolean overlapping) {
        Map<Long, Set<String>> found = new java.util.TreeMap<>();
        byPassageAndCoder(spans).forEach((passage, coders) -> {
            for (List<CodedSpan> ofOneCoder : coders) {
                if (hasAll(ofOneCoder, types, overlapping)) {
                    found.computeIfAbsent(passage, k -> new TreeSet<>()).add(ofOneCoder.get(0).coder());
                }
            }
        });
        return found;
    }

    private static boolean hasAll(List<CodedSpan> ofOneCoder, Set<Long> types, boolean overlapping) {
        List<CodedSpan> relevant = ofOneCoder.stream().filter(s -> types.contains(s.claimTypeId())).toList();
        if (relevant.stream().map(CodedSpan::claimTypeId).distinct().count() < types.size()) {
            return false;
        }
        if (!overlapping || types.size() < 2) {
            return true;
        }
        // Every claim type must have a span that overlaps a span of each of the others.
        for (CodedSpan a : relevant) {
            boolean meetsAll = types.stream().allMatch(t -> t == a.claimTypeId()
                    || relevant.stream().anyMatch(b -> b.claimTypeId() == t && a.overlaps(b)));
            if (meetsAll) {
                return true;
            }
        }
        return false;
    }

    /**
     * Spans grouped by passage, and within a passage by coder: sorted once and cut where passage or coder changes,
     * so that 200,000 spans make no map per passage.
     */
    private static Map<Long, List<List<CodedSpan>>> byPassageAndCoder(List<CodedSpan> spans) {
        List<CodedSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingLong(CodedSpan::passageId).thenComparing(CodedSpan::coder));
        Map<Long, List<List<CodedSpan>>> result = new HashMap<>();
        int from = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size() || sorted.get(i).passageId() != sorted.get(from).passageId()
                    || !sorted.get(i).coder().equals(sorted.get(from).coder())) {
                result.computeIfAbsent(sorted.get(from).passageId(), k -> new ArrayList<>(2))
                        .add(sorted.subList(from, i));
                from = i;
            }
        }
        return result;
    }

    private static Map<String, Heading> rowHeadings(List<DocumentSummary> documents, Dimension dimension) {
        Map<String, Heading> found = new LinkedHashMap<>();
        documents.forEach(d -> {
            Heading h = headingOf(d, dimension);
            found.putIfAbsent(h.key(), h);
        });
        Heading none = found.remove("");
        List<Heading> ordered = new ArrayList<>(found.values());
        switch (dimension) {
            case DOCUMENT -> { }
            case SOURCE_TYPE -> ordered.sort(Comparator.comparing(h ->
                    org.concordia.documents.model.SourceType.valueOf(h.key()).ordinal()));
            case YEAR, MONTH -> ordered = everyPeriod(ordered, dimension);
            default -> ordered.sort(Comparator.comparing(Heading::label, String.CASE_INSENSITIVE_ORDER));
        }
        Map<String, Heading> rows = new LinkedHashMap<>();
        ordered.forEach(h -> rows.put(h.key(), h));
        if (none != null) {
            rows.put("", none);
        }
        return rows;
    }

    /** Every year or month from the first to the last of {@code present}, the latest {@link #MAX_PERIODS}. */
    private static List<Heading> everyPeriod(List<Heading> present, Dimension dimension) {
        if (present.isEmpty()) {
            return present;
        }
        List<String> keys = present.stream().map(Heading::key).sorted().toList();
        List<Heading> periods = new ArrayList<>();
        if (dimension == Dimension.YEAR) {
            int last = Integer.parseInt(keys.get(keys.size() - 1));
            int first = Math.max(Integer.parseInt(keys.get(0)), last - MAX_PERIODS + 1);
            for (int y = first; y <= last; y++) {
                periods.add(named(String.valueOf(y)));
            }
        } else {
            YearMonth last = YearMonth.parse(keys.get(keys.size() - 1));
            YearMonth first = YearMonth.parse(keys.get(0));
            if (first.plusMonths(MAX_PERIODS).isBefore(last)) {
                first = last.minusMonths(MAX_PERIODS - 1L);
            }
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                periods.add(named(m.toString()));
            }
        }
        return periods;
    }

    private static Map<String, Integer> indexOf(Set<String> keys) {
        Map<String, Integer> index = new HashMap<>();
        for (String key : keys) {
            index.put(key, index.size());
        }
        return index;
    }

    private static Heading named(String value) {
        return value == null || value.isBlank() ? none() : new Heading(value, value);
    }

    private static Heading none() {
        return new Heading("", null);
    }
}
