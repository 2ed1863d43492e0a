package org.concordia.export.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Workbooks hold typed cells, text exactly as coded (never a formula), and continue past a sheet's last row. */
class XlsxWriterTest {

    @Test
    @DisplayName("Numbers, booleans, dates and text get cells of their type; a formula-like text stays text")
    void cellsHaveTheirType() throws IOException {
        byte[] file = write(new XlsxWriter(), List.of(Arrays.asList(42L, -0.25, true,
                LocalDate.of(2020, 5, 7), Instant.parse("2020-05-07T10:15:30Z"), "=HYPERLINK(\"http://x\")", null)));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheet("codings");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("c0");
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(42);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(-0.25);
            assertThat(row.getCell(2).getBooleanCellValue()).isTrue();
            assertThat(DateUtil.isCellDateFormatted(row.getCell(3))).isTrue();
            assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2020, 5, 7));
            assertThat(row.getCell(4).getLocalDateTimeCellValue()).hasToString("2020-05-07T10:15:30");
            assertThat(row.getCell(5).getCellType()).as("text, not a formula").isEqualTo(CellType.STRING);
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(row.getCell(6)).as("null leaves the cell empty").isNull();
        }
    }

    @Test
    @DisplayName("Rows past a sheet's last row continue on a new sheet with the same header")
    void rowsContinueOnANewSheet() throws IOException {
        List<List<?>> rows = List.of(List.of(1), List.of(2), List.of(3), List.of(4), List.of(5));

        byte[] file = write(new XlsxWriter(3), rows);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(1)).isEqualTo("codings (2)");
            assertThat(workbook.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("c0");
            assertThat(workbook.getSheetAt(2).getRow(1).getCell(0).getNumericCellValue()).isEqualTo(5);
        }
    }

    private static byte[] write(XlsxWriter writer, List<? extends List<?>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter workbook = writer.sheet("codings", List.of("c0", "c1", "c2", "c3", "c4", "c5", "c6"))) {
            rows.forEach(workbook::row);
            workbook.finish(out);
        }
        return out.toByteArray();
    }
}
