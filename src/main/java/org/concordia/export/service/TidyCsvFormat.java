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
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.coding.model.CodingView;
import org.concordia.consensus.model.GoldCodingView;
import org.concordia.documents.model.DocumentMetadata;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.PassageView;
import org.concordia.platform.csv.SpreadsheetSafe;
import org.concordia.tenancy.service.NoTenantRoleRequired;

/**
 * Tidy CSV: one row per coding, the gold standard's codings included with coder "gold": document metadata, passage,
 * offsets (code points, end exclusive), the quoted text, claim type and its path, each attribute in its own column,
 * memo, coder, codebook version, consensus state, gold flag. UTF-8, RFC 4180: {@code read.csv}, pandas, Excel.
 */
@NoTenantRoleRequired("runs inside an export that ExportService.start allowed")
@ApplicationScoped
public class TidyCsvFormat extends CsvExport {

    static final List<String> DOCUMENT = List.of("document_id", "document_title", "author", "publisher",
            "published_on", "source_type", "url", "document_groups");
    static final List<String> CODING = List.of("passage_id", "passage_number", "start", "end", "quote",
            "claim_type_id", "claim_type", "claim_type_path");
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
        return "For R, Python and spreadsheets: one row per coding with its document (details, groups, variables),"
                + " passage, quote, claim type,"
                + " attributes as columns, coder, consensus state and gold flag.";
    }

    @Override
    public void write(ExportSource source, OutputStream out, ExportProgress progress) throws IOException {
        List<String> header = header(source);
        out.write(CSVFormat.RFC4180.format(header.toArray()).concat(CSVFormat.RFC4180.getRecordSeparator())
                .getBytes(StandardCharsets.UTF_8));
        source.writeDocuments(true, document -> rowsOf(source, document), out, progress);
        out.flush();
    }

    /**
     * The columns: the document's (with its groups and a {@code var_} column per variable), the coding's, an
     * {@code attr_} column per attribute of the codebook, and the coder's.
     */
    static List<String> header(ExportSource source) {
        List<String> header = new ArrayList<>(DOCUMENT);
        source.variableNames().forEach(v -> header.add("var_" + columnName(v)));
        header.addAll(CODING);
        source.attributeNames().forEach(a -> header.add("attr_" + columnName(a)));
        header.addAll(TRAILING);
        return header;
    }

    /** A name as R and pandas take it in a column name: letters, digits and underscores. */
    static String columnName(String name) {
        return name.replaceAll("[^\\p{L}\\p{N}]+", "_");
    }

    /** The document's columns: its details, groups and variables, in the header's order. */
    static List<Object> documentCells(ExportSource source, DocumentSummary document) {
        DocumentMetadata metadata = document.metadata();
        List<Object> cells = new ArrayList<>(java.util.Arrays.asList(document.id(), document.title(),
                metadata.author(), metadata.publisher(), metadata.publishedOn(), metadata.sourceType() == null
                        ? null : metadata.sourceType().name(), metadata.url(), source.groupsOf(document.id())));
        source.variableNames().forEach(v -> cells.add(source.variableOf(document.id(), v)));
        return cells;
    }

    /** A document's rows: the coders' codings by position, then its gold codings. Runs on the export's workers. */
    private static TextChunk rowsOf(ExportSource source, ExportDocument document) throws IOException {
        Rows rows = new Rows(source, document);
        for (CodingView c : document.codings()) {
            rows.add(c.passageId(), c.start(), c.end(), c.claimTypeId(), c.attributes(), c.memo(), c.coder(),
                    c.codebookVersion(), false, c.id(), c.createdAt());
        }
        for (GoldCodingView g : document.gold()) {
            rows.add(g.passageId(), g.start(), g.end(), g.claimTypeId(), g.attributes(), g.memo(), ExportSource.GOLD,
                    null, true, g.id(), null);
        }
        return rows.text;
    }

    /**
     * One document's rows, a million of which must take seconds. Text values go through Commons CSV, quoted and
     * escaped as RFC 4180 requires. Numbers, booleans, state names and ISO timestamps cannot hold a delimiter, a
     * quote or a line break, so they are appended as they are; and the document's columns and each claim type's,
     * the same in thousands of rows, are formatted by Commons CSV once.
     */
    private static final class Rows {

        private static final char DELIMITER = ',';

        /** CSVFormat prints under a lock of its own: one per document, so that the workers never queue on it. */
        private final CSVFormat csv = CSVFormat.RFC4180.builder().get();
        private final TextChunk text = new TextChunk();
        private final ExportSource source;
        private final ExportDocument of;
        private final String documentColumns;
        private final Map<Long, String> claimTypeColumns = new HashMap<>();

        Rows(ExportSource source, ExportDocument of) {
            this.source = source;
            this.of = of;
            this.documentColumns = csv.format(SpreadsheetSafe.cells(documentCells(source, of.document()).toArray()));
        }

        void add(long passageId, int start, int end, long claimTypeId, Map<String, String> values, String memo,
                String coder, Integer version, boolean gold, long id, Instant createdAt) throws IOException {
            PassageView passage = of.passage(passageId);
            text.append(documentColumns);
            plain(passageId);
            plain(passage == null ? null : passage.position() + 1);
            plain(start);
            plain(end);
            quoted(passage == null ? "" : passage.quote(start, end));
            text.append(claimTypeColumns.computeIfAbsent(claimTypeId, this::claimTypeColumns));
            for (String attribute : source.attributeNames()) {
                quoted(values.get(attribute));
            }
            quoted(memo);
            quoted(coder);
            plain(version);
            plain(of.state(passageId));
            plain(gold);
            plain(id);
            plain(createdAt);
            text.append(csv.getRecordSeparator());
            text.rowDone();
        }

        /** A claim type's id, name and path, each after a delimiter. */
        private String claimTypeColumns(long id) {
            ClaimTypeView type = source.claimType(id);
            return DELIMITER + csv.format(SpreadsheetSafe.cells(id, type == null ? null : type.name(),
                    source.claimTypePath(id)));
        }

        private void plain(long number) {
            text.append(DELIMITER).append(number);
        }

        private void plain(Object value) {
            text.append(DELIMITER);
            if (value != null) {
                text.append(value.toString());
            }
        }

        private void quoted(String value) throws IOException {
            if (value == null) {
                text.append(DELIMITER);
            } else {
                csv.print(SpreadsheetSafe.cell(value), text, false);
            }
        }
    }
}
