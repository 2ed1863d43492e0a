package org.concordia.analysis.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts of codings by two headings: rows (documents, outlets, years, or claim types) and columns (claim types),
 * with totals, and each cell's shade on a heat scale of 0 (none) to {@link #HEAT_LEVELS} (the largest count).
 */
public record CrossTable(List<Heading> columns, List<Row> rows, List<Long> columnTotals, long total)
        implements Serializable {

    public static final int HEAT_LEVELS = 5;

    public CrossTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        columnTotals = List.copyOf(columnTotals);
    }

    /** A table of {@code counts[row][column]}, with totals and heat levels relative to its largest cell. */
    public static CrossTable of(List<Heading> rowHeadings, List<Heading> columnHeadings, long[][] counts) {
        long max = 0;
        for (long[] row : counts) {
            for (long count : row) {
                max = Math.max(max, count);
            }
        }
        long[] columnTotals = new long[columnHeadings.size()];
        List<Row> rows = new ArrayList<>();
        long total = 0;
        for (int r = 0; r < rowHeadings.size(); r++) {
            List<Cell> cells = new ArrayList<>();
            long rowTotal = 0;
            for (int c = 0; c < columnHeadings.size(); c++) {
                long count = counts[r][c];
                cells.add(new Cell(columnHeadings.get(c), count, heat(count, max)));
                rowTotal += count;
                columnTotals[c] += count;
            }
            rows.add(new Row(rowHeadings.get(r), cells, rowTotal));
            total += rowTotal;
        }
        return new CrossTable(columnHeadings, rows, java.util.Arrays.stream(columnTotals).boxed().toList(), total);
    }

    /** 0 for nothing, else 1 to {@link #HEAT_LEVELS} in proportion to the largest count (which gets the top). */
    static int heat(long count, long max) {
        if (count <= 0 || max <= 0) {
            return 0;
        }
        return (int) Math.max(1, Math.min(HEAT_LEVELS, Math.ceil(HEAT_LEVELS * (double) count / max)));
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** One row of the table: its heading, a cell per column, and their sum. */
    public record Row(Heading heading, List<Cell> cells, long total) implements Serializable {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** One count, with the column it belongs to and its shade. */
    public record Cell(Heading column, long count, int heat) implements Serializable {
    }
}
