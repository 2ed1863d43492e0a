package org.concordia.export.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.concordia.coding.model.CodingView;
import org.concordia.consensus.model.GoldCodingView;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.PassageView;

/**
 * Tidy CSV: one row per coding, the gold standard's codings included with coder "gold": document metadata, passage,
 * offsets (code points, end exclusive), the quoted text, claim type and its path, each attribute in its own column,
 * memo, coder, codebook version, consensus state, gold flag. UTF-8, RFC 4180: {@code read.csv}, pandas, Excel.
 */
@ApplicationScoped
public class TidyCsvFormat extends CsvExport {

    static final List<String> FIXED = List.of("document_id", "document_title", "author", "publisher", "published_on",
            "source_type", "url", "passage_id", "passage_number", "start", "end", "quote", "claim_type_id",
            "claim_type", "claim_type_path");
    static final List<String> TRAILING = List.of("memo", "coder", "codebook_version", "consensus_state", "gold",
            "coding_id", "created_at");

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String label() {
        return "Tidy CSV (one row per coding)";
    }

    @Override
    public String description() {
        return "For R, Python and spreadsheets: one row per coding with its document, passage, quote, claim type,"
                + " attributes as columns, coder, consensus state and gold flag.";
    }

    @Override
    public long expectedRows(ExportSource source) {
        return source.filter().goldOnly() ? 0 : source.codingCount();
    }

    @Override
    public void write(ExportSource source, OutputStream out, ExportProgress progress) throws IOException {
        List<String> attributes = source.attributeNames();
        List<String> header = new ArrayList<>(FIXED);
        attributes.forEach(a -> header.add("attr_" + a.replaceAll("[^A-Za-z0-9]+", "_")));
        header.addAll(TRAILING);
        Map<Long, DocumentSummary> documents = new java.util.HashMap<>();
        source.documents().forEach(d -> documents.put(d.id(), d));
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(writer);
        IOException[] failure = new IOException[1];
        source.forEachCoding(c -> {
            if (failure[0] != null) {
                return;
            }
            try {
                row(csv, source, documents.get(c.documentId()), c.passageId(), c.start(), c.end(), c.claimTypeId(),
                        c.attributes(), c.memo(), c.coder(), c.codebookVersion(), false, c.id(), c);
                progress.rowWritten();
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        for (DocumentSummary document : source.documents()) {
            for (GoldCodingView g : source.gold(document.id())) {
                row(csv, source, document, g.passageId(), g.start(), g.end(), g.claimTypeId(), g.attributes(),
                        g.memo(), ExportSource.GOLD, null, true, g.id(), null);
                progress.rowWritten();
            }
        }
        csv.flush();
    }

    private static void row(CSVPrinter csv, ExportSource source, DocumentSummary document, long passageId, int start,
            int end, long claimTypeId, Map<String, String> values, String memo, String coder, Integer version,
            boolean gold, long id, CodingView coding) throws IOException {
        if (document == null) {
            return;
        }
        PassageView passage = source.passages(document.id()).get(passageId);
        List<Object> row = new ArrayList<>(FIXED.size() + TRAILING.size() + 8);
        row.add(document.id());
        row.add(document.title());
        row.add(document.metadata().author());
        row.add(document.metadata().publisher());
        row.add(document.metadata().publishedOn());
        row.add(document.metadata().sourceType() == null ? null : document.metadata().sourceType().name());
        row.add(document.metadata().url());
        row.add(passageId);
        row.add(passage == null ? null : passage.position() + 1);
        row.add(start);
        row.add(end);
        row.add(passage == null ? "" : passage.quote(start, end));
        row.add(claimTypeId);
        row.add(source.claimType(claimTypeId) == null ? null : source.claimType(claimTypeId).name());
        row.add(source.claimTypePath(claimTypeId));
        for (String attribute : source.attributeNames()) {
            row.add(values.get(attribute));
        }
        row.add(memo);
        row.add(coder);
        row.add(version);
        row.add(source.state(document.id(), passageId));
        row.add(gold);
        row.add(id);
        row.add(coding == null ? null : coding.createdAt());
        csv.printRecord(row);
    }
}
