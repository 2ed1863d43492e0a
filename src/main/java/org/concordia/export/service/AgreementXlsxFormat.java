package org.concordia.export.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import org.concordia.consensus.service.AgreementService;
import org.concordia.tenancy.service.NoTenantRoleRequired;

/** The agreement report of {@link AgreementCsvFormat} as a workbook: one row per figure, values and intervals as numbers. */
@NoTenantRoleRequired("runs inside an export that ExportService.start allowed")
@ApplicationScoped
public class AgreementXlsxFormat extends XlsxExport {

    @Inject
    AgreementService agreement;

    @Override
    public String id() {
        return "agreement-xlsx";
    }

    @Override
    public String label() {
        return "Agreement report (.xlsx)";
    }

    @Override
    public String description() {
        return "The agreement report's figures as a workbook for Excel, LibreOffice and Numbers, values and"
                + " intervals as numbers. The whole project: the filters below do not apply.";
    }

    @Override
    public void write(ExportSource source, OutputStream out, ExportProgress progress) throws IOException {
        try (XlsxWriter workbook = new XlsxWriter().sheet("agreement", AgreementCsvFormat.HEADER)) {
            for (AgreementReportRows.Row row : AgreementReportRows.of(agreement.report(source.projectId(),
                    AgreementCsvFormat.MEASURE))) {
                workbook.row(AgreementCsvFormat.cells(row));
                progress.rowWritten();
            }
            workbook.finish(out);
        }
    }
}
