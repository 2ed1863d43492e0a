package org.concordia.export.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.coding.model.CodingView;
import org.concordia.consensus.model.GoldCodingView;
import org.concordia.documents.model.DocumentMetadata;
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
    public void write(ExportSource source, OutputStream out, ExportProgress progress) throws IOException {
        List<String> header = new ArrayList<>(FIXED);
        source.attributeNames().forEach(a -> header.add("attr_" + a.replaceAll("[^A-Za-z0-9]+", "_")));
        header.addAll(TRAILING);
        out.write(CSVFormat.RFC4180.format(header.toArray()).concat(CSVFormat.RFC4180.getRecordSeparator())
                .getBytes(StandardCharsets.UTF_8));
        source.writeDocuments(true, document -> rowsOf(source, document), out, progress);
        out.flush();
    }

    /**
     * A document's rows: the coders' codings by position, then its gold codings. Runs on the export's workers.
     * <p>
     * The document's columns and each claim type's are the same in thousands of rows, so they are formatted once
     * (by Commons CSV, quoting and all) and appended as they are; the printer formats the rest of each row. The
     * printer starts a record without a delimiter and puts one before every later value, hence the document's
     * columns end with one and a claim type's begin with one.
     */
    private static TextChunk rowsOf(ExportSource source, ExportDocument of) throws IOException {
        DocumentSummary document = of.document();
        DocumentMetadata metadata = document.metadata();
        String documentColumns = CSVFormat.RFC4180.format(document.id(), document.title(), metadata.author(),
                metadata.publisher(), metadata.publishedOn(), metadata.sourceType() == null ? null
                        : metadata.sourceType().name(), metadata.url()) + CSVFormat.RFC4180.getDelimiterString();
        Map<Long, String> claimTypeColumns = new HashMap<>();
        TextChunk text = new TextChunk();
        CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180);
        Row row = (passageId, start, end, claimTypeId, values, memo, coder, version, gold, id, createdAt) -> {
            PassageView passage = of.passage(passageId);
            text.write(documentColumns);
            csv.print(passageId);
            csv.print(passage == null ? null : passage.position() + 1);
            csv.print(start);
            csv.print(end);
            csv.print(passage == null ? "" : passage.quote(start, end));
            text.write(claimTypeColumns.computeIfAbsent(claimTypeId, type -> claimTypeColumns(source, type)));
            for (String attribute : source.attributeNames()) {
                csv.print(values.get(attribute));
            }
            csv.print(memo);
            csv.print(coder);
            csv.print(version);
            csv.print(of.state(passageId));
            csv.print(gold);
            csv.print(id);
            csv.print(createdAt);
            csv.println();
            text.rowDone();
        };
        for (CodingView c : of.codings()) {
            row.print(c.passageId(), c.start(), c.end(), c.claimTypeId(), c.attributes(), c.memo(), c.coder(),
                    c.codebookVersion(), false, c.id(), c.createdAt());
        }
        for (GoldCodingView g : of.gold()) {
            row.print(g.passageId(), g.start(), g.end(), g.claimTypeId(), g.attributes(), g.memo(), ExportSource.GOLD,
                    null, true, g.id(), null);
        }
        return text;
    }

    /** A claim type's id, name and path, each after a delimiter. */
    private static String claimTypeColumns(ExportSource source, long id) {
        ClaimTypeView type = source.claimType(id);
        return CSVFormat.RFC4180.getDelimiterString() + CSVFormat.RFC4180.format(id, type == null ? null
                : type.name(), source.claimTypePath(id));
    }

    /** The columns of one row after the document's. */
    @FunctionalInterface
    private interface Row {
        void print(long passageId, int start, int end, long claimTypeId, Map<String, String> values, String memo,
                String coder, Integer version, boolean gold, long id, Instant createdAt) throws IOException;
    }
}
