package org.concordia.export.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.coding.model.CodingView;
import org.concordia.consensus.model.GoldCodingView;
import org.concordia.documents.model.PassageView;
import org.concordia.tenancy.service.NoTenantRoleRequired;

/**
 * The tidy dataset of {@link TidyCsvFormat} as an Excel workbook: the same columns, with typed cells (ids, offsets
 * and versions as numbers, dates as dates, the gold flag as a boolean) and text exactly as coded, since a text cell
 * of a workbook is never run as a formula. What to open in Excel, LibreOffice or Numbers.
 */
@NoTenantRoleRequired("runs inside an export that ExportService.start allowed")
@ApplicationScoped
public class TidyXlsxFormat extends XlsxExport {

    @Override
    public String id() {
        return "xlsx";
    }

    @Override
    public String label() {
        return "Tidy dataset for spreadsheets (.xlsx, one row per coding)";
    }

    @Override
    public String description() {
        return "For Excel, LibreOffice and Numbers: the tidy CSV's columns with numbers, dates and text in cells of"
                + " their own type, and every text exactly as written.";
    }

    @Override
    public void write(ExportSource source, OutputStream out, ExportProgress progress) throws IOException {
        List<String> header = TidyCsvFormat.header(source);
        try (XlsxWriter workbook = new XlsxWriter().sheet("codings", header)) {
            source.render(true, document -> rowsOf(source, document), rows -> {
                rows.forEach(workbook::row);
                progress.rowsWritten(rows.size());
            });
            workbook.finish(out);
        }
    }

    /** A document's rows: the coders' codings by position, then its gold codings. Runs on the export's workers. */
    static List<List<Object>> rowsOf(ExportSource source, ExportDocument document) {
        List<List<Object>> rows = new ArrayList<>();
        for (CodingView c : document.codings()) {
            rows.add(row(source, document, c.passageId(), c.start(), c.end(), c.claimTypeId(),
                    valuesOf(source, c.attributes()), c.memo(), c.coder(), c.codebookVersion(), false, c.id(),
                    c.createdAt()));
        }
        for (GoldCodingView g : document.gold()) {
            rows.add(row(source, document, g.passageId(), g.start(), g.end(), g.claimTypeId(),
                    valuesOf(source, g.attributes()), g.memo(), ExportSource.GOLD, null, true, g.id(), null));
        }
        return rows;
    }

    private static List<Object> valuesOf(ExportSource source, java.util.Map<String, String> attributes) {
        return source.attributeNames().stream().map(a -> (Object) attributes.get(a)).toList();
    }

    private static List<Object> row(ExportSource source, ExportDocument of, long passageId, int start, int end,
            long claimTypeId, List<Object> attributes, String memo, String coder, Integer version, boolean gold,
            long id, java.time.Instant createdAt) {
        PassageView passage = of.passage(passageId);
        ClaimTypeView type = source.claimType(claimTypeId);
        List<Object> row = TidyCsvFormat.documentCells(source, of.document());
        row.addAll(Arrays.asList(passageId, passage == null ? null : passage.position() + 1, start, end,
                passage == null ? "" : passage.quote(start, end), claimTypeId, type == null ? null : type.name(),
                source.claimTypePath(claimTypeId)));
        row.addAll(attributes);
        row.addAll(Arrays.asList(memo, coder, version, of.state(passageId), gold, id, createdAt));
        return row;
    }
}
