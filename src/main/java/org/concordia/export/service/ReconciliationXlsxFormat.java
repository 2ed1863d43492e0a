package org.concordia.export.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import org.concordia.claims.model.LedgerEntry;
import org.concordia.claims.service.ReconciliationService;
import org.concordia.tenancy.service.NoTenantRoleRequired;

/** The reconciliation report of {@link ReconciliationCsvFormat} as a workbook: one row per claim of each proposition. */
@NoTenantRoleRequired("runs inside an export that ExportService.start allowed")
@ApplicationScoped
public class ReconciliationXlsxFormat extends XlsxExport {

    @Inject
    ReconciliationService reconciliation;

    @Override
    public String id() {
        return "reconciliation-xlsx";
    }

    @Override
    public String label() {
        return "Reconciliation report (.xlsx)";
    }

    @Override
    public String description() {
        return "The conflicting-accounts ledger as a workbook: one row per claim with its proposition, conflict,"
                + " source and verdict. The whole project: the filters below do not apply.";
    }

    @Override
    public void write(ExportSource source, OutputStream out, ExportProgress progress) throws IOException {
        try (XlsxWriter workbook = new XlsxWriter().sheet("claims", ReconciliationCsvFormat.HEADER)) {
            for (LedgerEntry entry : reconciliation.ledger(source.projectId())) {
                ReconciliationCsvFormat.rowsOf(entry).forEach(workbook::row);
                progress.rowWritten();
            }
            workbook.finish(out);
        }
    }
}
