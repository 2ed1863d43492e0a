package org.concordia.export.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.concordia.claims.model.LedgerEntry;
import org.concordia.claims.model.Proposition;
import org.concordia.claims.model.StructuredClaim;
import org.concordia.claims.model.VerdictView;
import org.concordia.claims.service.ReconciliationService;
import org.concordia.platform.csv.SpreadsheetSafe;
import org.concordia.tenancy.service.NoTenantRoleRequired;

/**
 * The reconciliation ledger as CSV, one row per claim of each proposition, with the proposition's status,
 * conflicts and standing verdict repeated on each row: for analysis in R or Python.
 */
@NoTenantRoleRequired("runs inside an export that ExportService.start allowed")
@ApplicationScoped
public class ReconciliationCsvFormat extends CsvExport {

    @Inject
    ReconciliationService reconciliation;

    @Override
    public String id() {
        return "reconciliation-csv";
    }

    @Override
    public String label() {
        return "Reconciliation report (CSV)";
    }

    @Override
    public String description() {
        return "One row per claim of each proposition: the claim and its source (each source's settled account),"
                + " whether it is in conflict, the proposition's status, its latest verdict and the sources not"
                + " settled on it yet. The whole project: the filters below do not apply.";
    }

    @Override
    public void write(ExportSource source, OutputStream out, ExportProgress progress) throws IOException {
        List<LedgerEntry> ledger = reconciliation.ledger(source.projectId());
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get()
                .print(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (LedgerEntry entry : ledger) {
            for (List<Object> row : rowsOf(entry)) {
                csv.printRecord(SpreadsheetSafe.cells(row.toArray()));
            }
            progress.rowWritten();
        }
        csv.flush();
    }

    /** The report's columns, in CSV and in the workbook. */
    static final List<String> HEADER = List.of("proposition", "status", "conflicts", "verdict", "verdict_rationale",
            "verdict_confidence", "verdict_by", "coding_id", "in_conflict", "source", "source_date", "subject",
            "relation", "object", "time", "figure", "certainty", "attributed_to", "quote", "coder", "gold",
            "interested_party", "unsettled_in");

    /**
     * One row per claim of the proposition (the sources' accounts only), with the proposition's status, latest
     * verdict and the sources not settled on it yet ("Baghdad Wire: coders differ"); a proposition known only from
     * unsettled passages gets one row without a claim.
     */
    static List<List<Object>> rowsOf(LedgerEntry entry) {
        Proposition proposition = entry.proposition();
        String conflicts = proposition.conflicts().stream().map(c -> c.kind().label())
                .distinct().collect(Collectors.joining("; "));
        String unsettled = proposition.unsettledSources().stream()
                .map(source -> source + ": " + proposition.unsettledIn(source).get(0).reason().label())
                .collect(Collectors.joining("; "));
        VerdictView verdict = entry.latest();
        List<Object> about = java.util.Arrays.asList(proposition.title(), entry.status(), conflicts,
                verdict == null ? null : verdict.kind().name(), verdict == null ? null : verdict.rationale(),
                verdict == null ? null : verdict.confidence(), verdict == null ? null : verdict.decidedBy());
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (StructuredClaim claim : proposition.claims()) {
            boolean inConflict = proposition.conflicts().stream()
                    .anyMatch(c -> c.codingIds().contains(claim.codingId()));
            List<Object> row = new java.util.ArrayList<>(about);
            row.addAll(java.util.Arrays.asList(claim.codingId(), inConflict, claim.source(), claim.sourceDate(),
                    claim.subject(), claim.relation(), claim.object(), claim.time(), claim.figure(),
                    claim.certainty(), claim.attributedTo(), claim.quote(), claim.gold() ? "gold" : claim.coder(),
                    claim.gold(), proposition.interestedParties().get(claim.codingId()), unsettled));
            rows.add(row);
        }
        if (rows.isEmpty()) {
            List<Object> row = new java.util.ArrayList<>(about);
            row.addAll(java.util.Collections.nCopies(HEADER.size() - about.size() - 1, null));
            row.add(unsettled);
            rows.add(row);
        }
        return rows;
    }
}