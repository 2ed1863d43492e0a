package org.concordia.export.service;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes rows of typed values to an Excel workbook (.xlsx) with Apache POI's streaming workbook, which keeps a
 * window of rows in memory and the rest in a compressed temporary file: numbers become numbers, dates and times
 * dates, booleans booleans, and text stays text (a cell holding {@code =HYPERLINK(...)} is a string, never a
 * formula). A sheet that reaches Excel's limit of rows continues on a new sheet with the same header; text longer
 * than a cell may hold is cut with an ellipsis.
 */
final class XlsxWriter implements AutoCloseable {

    /** Excel's rows per sheet, the header row included. */
    static final int MAX_ROWS = 1_048_576;
    /** The most characters an Excel cell holds. */
    static final int MAX_CELL_TEXT = 32_767;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final int maxRows;
    private final CellStyle headerStyle;
    private final CellStyle dateStyle;
    private final CellStyle timeStyle;
    private String sheetName;
    private List<String> header;
    private Sheet sheet;
    private int sheets;
    private int nextRow;

    XlsxWriter() {
        this(MAX_ROWS);
    }

    /** A writer whose sheets end after {@code maxRows} rows (the header included), for tests of the overflow. */
    XlsxWriter(int maxRows) {
        this.maxRows = maxRows;
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        timeStyle = workbook.createCellStyle();
        timeStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
    }

    /** Starts a sheet called {@code name} with {@code columns} as its bold, frozen first row. */
    XlsxWriter sheet(String name, List<String> columns) {
        this.sheetName = name;
        this.header = List.copyOf(columns);
        this.sheets = 0;
        newSheet();
        return this;
    }

    /** Adds one row; values are written by their type (see the class comment), nulls as empty cells. */
    void row(List<?> values) {
        if (nextRow == maxRows) {
            newSheet();
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value != null) {
                write(row.createCell(i), value);
            }
        }
    }

    /** Writes the workbook to {@code out}; the writer is done then. */
    void finish(OutputStream out) throws IOException {
        workbook.write(out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }

    private void newSheet() {
        sheets++;
        sheet = workbook.createSheet(sheets == 1 ? sheetName : sheetName + " (" + sheets + ")");
        Row first = sheet.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            Cell cell = first.createCell(i);
            cell.setCellValue(header.get(i));
            cell.setCellStyle(headerStyle);
        }
        sheet.createFreezePane(0, 1);
        nextRow = 1;
    }

    private void write(Cell cell, Object value) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Instant instant) {
            cell.setCellValue(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
            cell.setCellStyle(timeStyle);
        } else {
            String text = value.toString();
            cell.setCellValue(text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT - 1) + "\u2026" : text);
        }
    }
}
