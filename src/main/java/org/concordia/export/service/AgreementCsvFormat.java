package org.concordia.export.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.concordia.consensus.service.AgreementService;
import org.concordia.platform.csv.SpreadsheetSafe;
import org.concordia.tenancy.service.NoTenantRoleRequired;

/**
 * The agreement report as CSV, one row per figure (Krippendorff's alpha, nominal, with seeded 95% bootstrap
 * intervals, and unitizing alpha for spans): for the methods section and for R.
 */
@NoTenantRoleRequired("runs inside an export that ExportService.start allowed")
@ApplicationScoped
public class AgreementCsvFormat extends CsvExport {

    /** The measure reports are computed by: the one reliability studies report first. */
    static final String MEASURE = "krippendorff-alpha-nominal";

    /** The report's columns, in CSV and in the workbook. */
    static final List<String> HEADER = List.of("level", "item", "measure", "value", "ci_lower", "ci_upper",
            "pairable_units", "coders", "explanation");

    @Inject
    AgreementService agreement;

    @Override
    public String id() {
        return "agreement-csv";
    }

    @Override
    public String label() {
        return "Agreement report (CSV)";
    }

    @Override
    public String description() {
        return "Krippendorff's alpha with 95% intervals overall, per claim type, document, coder pair, codebook"
                + " version and attribute, and unitizing alpha for spans; one row per figure. The whole project:"
                + " the filters below do not apply.";
    }

    @Override
    public void write(ExportSource source, OutputStream out, ExportProgress progress) throws IOException {
        List<AgreementReportRows.Row> rows = AgreementReportRows.of(agreement.report(source.projectId(), MEASURE));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get().print(writer);
        for (AgreementReportRows.Row row : rows) {
            csv.printRecord(SpreadsheetSafe.cells(cells(row).toArray()));
            progress.rowWritten();
        }
        csv.flush();
    }

    /** One figure of the report as its row's values. */
    static List<Object> cells(AgreementReportRows.Row row) {
        return java.util.Arrays.asList(row.level(), row.item(), row.measure(), row.value(), row.lower(), row.upper(),
                row.units(), row.coders(), row.explanation());
    }
}
