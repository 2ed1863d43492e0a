package org.concordia.export.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concordia.consensus.model.AgreementReport;
import org.concordia.consensus.model.ConfidenceInterval;
import org.concordia.consensus.service.AgreementService;
import org.concordia.documents.service.DocumentService;
import org.concordia.tenancy.service.NoTenantRoleRequired;

/**
 * The agreement report as a printable page: every figure of {@link AgreementCsvFormat} in tables by level, with the
 * method stated (units, measure, bootstrap replicates and seed) as a methods section needs it.
 */
@NoTenantRoleRequired("runs inside an export that ExportService.start allowed")
@ApplicationScoped
public class AgreementHtmlFormat extends HtmlReport {

    @Inject
    AgreementService agreement;

    @Inject
    DocumentService documents;

    @Override
    public String id() {
        return "agreement-html";
    }

    @Override
    public String label() {
        return "Agreement report (printable page)";
    }

    @Override
    public String description() {
        return "The agreement report as a page to read, print or save as PDF, with the method stated. The whole"
                + " project: the filters below do not apply.";
    }

    @Override
    public void write(ExportSource source, OutputStream out, ExportProgress progress) throws IOException {
        AgreementReport report = agreement.report(source.projectId(), AgreementCsvFormat.MEASURE);
        Map<String, List<AgreementReportRows.Row>> byLevel = new LinkedHashMap<>();
        for (AgreementReportRows.Row row : AgreementReportRows.of(report)) {
            byLevel.computeIfAbsent(row.level(), level -> new java.util.ArrayList<>()).add(row);
        }
        PrintableHtml page = new PrintableHtml(new OutputStreamWriter(out, StandardCharsets.UTF_8))
                .begin("Inter-coder agreement", documents.project(source.projectId()).name() + " \u00b7 "
                        + report.measureLabel() + " \u00b7 " + report.documents() + " documents coded by two or"
                        + " more coders \u00b7 coders: " + String.join(", ", report.coders()));
        page.raw("<h2>Method</h2><p>" + PrintableHtml.text(method(report)) + "</p>\n");
        if (report.note() != null) {
            page.raw("<p class=\"muted\">" + PrintableHtml.text(report.note()) + "</p>\n");
        }
        for (Map.Entry<String, List<AgreementReportRows.Row>> level : byLevel.entrySet()) {
            page.raw("<section><h2>" + PrintableHtml.text(heading(level.getKey())) + "</h2>\n<table><thead><tr>"
                    + "<th>" + PrintableHtml.text(level.getKey()) + "</th><th>value</th><th>95% interval</th>"
                    + "<th>units</th><th>coders</th></tr></thead><tbody>\n");
            for (AgreementReportRows.Row row : level.getValue()) {
                page.raw("<tr><td>" + PrintableHtml.text(row.item()) + "</td><td class=\"number\">"
                        + (row.value() == null ? "<span class=\"muted\">" + PrintableHtml.text(row.explanation())
                                + "</span>" : number(row.value()))
                        + "</td><td class=\"number\">" + (row.lower() == null ? "" : "[" + number(row.lower())
                                + ", " + number(row.upper()) + "]")
                        + "</td><td class=\"number\">" + row.units() + "</td><td class=\"number\">" + row.coders()
                        + "</td></tr>\n");
                progress.rowWritten();
            }
            page.raw("</tbody></table></section>\n");
        }
        page.end();
    }

    private static String method(AgreementReport report) {
        ConfidenceInterval interval = report.overall().interval();
        return "Units are passages by claim type: each coder assigned to a document either applied the claim type"
                + " in the passage or did not; coders not assigned to a document are missing there. Agreement is "
                + report.measureLabel() + "; spans are compared by Krippendorff's unitizing alpha, passage by"
                + " passage. Intervals are 95% bootstrap percentile intervals"
                + (interval == null ? "" : " from " + interval.replicates() + " resamples of the units (seed "
                        + interval.seed() + "), so the same data give the same interval") + ".";
    }

    private static String heading(String level) {
        return switch (level) {
            case AgreementReportRows.OVERALL -> "Overall";
            case AgreementReportRows.CLAIM_TYPE -> "By claim type";
            case AgreementReportRows.DOCUMENT -> "By document";
            case AgreementReportRows.CODER_PAIR -> "By pair of coders";
            case AgreementReportRows.CODEBOOK_VERSION -> "By codebook version";
            case AgreementReportRows.ATTRIBUTE -> "Attributes (alpha at each attribute's level of measurement)";
            case AgreementReportRows.SPANS -> "Spans: unitizing alpha";
            default -> "Spans by claim type";
        };
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
