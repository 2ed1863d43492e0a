package org.concordia.export.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import org.concordia.codebook.service.CodebookService;
import org.concordia.tenancy.service.NoTenantRoleRequired;

/** The codebook as CSV (claim types with paths, definitions, attributes), for the dataset's documentation. */
@NoTenantRoleRequired("runs inside an export that ExportService.start allowed")
@ApplicationScoped
public class CodebookCsvFormat extends CsvExport {

    @Inject
    CodebookService codebooks;

    @Override
    public String id() {
        return "codebook-csv";
    }

    @Override
    public String label() {
        return "Codebook as CSV";
    }

    @Override
    public String description() {
        return "The claim types with their paths, definitions, examples, colours, hotkeys and attributes.";
    }

    @Override
    public long expectedRows(ExportSource source) {
        return source.codebook().claimTypes().size();
    }

    @Override
    public void write(ExportSource source, OutputStream out, ExportProgress progress) throws IOException {
        out.write(codebooks.exportCsv(source.projectId()));
        source.codebook().claimTypes().forEach(t -> progress.rowWritten());
    }
}
