package org.concordia.export.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.concordia.consensus.model.GoldCodingView;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.PassageView;
import org.concordia.tenancy.service.NoTenantRoleRequired;

/**
 * JSON Lines for machine learning: one record per codable passage with its text and its gold labels, spans
 * relative to the passage (code points, end exclusive) with their attributes, and whether a supervisor settled it
 * ({@code settled}; an unsettled passage's empty labels mean "unknown", a settled one's "no claim").
 */
@NoTenantRoleRequired("runs inside an export that ExportService.start allowed")
@ApplicationScoped
public class JsonLinesFormat implements ExportFormatSupport {

    @Override
    public String id() {
        return "jsonl";
    }

    @Override
    public String label() {
        return "JSON Lines (one passage per line, gold labels)";
    }

    @Override
    public String description() {
        return "For machine learning (Hugging Face datasets, spaCy, pandas.read_json(lines=True)): each passage's text"
                + " with the gold standard's labels and spans.";
    }

    @Override
    public String extension() {
        return "jsonl";
    }

    @Override
    public String mediaType() {
        return "application/jsonl; charset=UTF-8";
    }

    @Override
    public long expectedRows(ExportSource source) {
        return source.documents().stream().mapToLong(DocumentSummary::passageCount).sum();
    }

    @Override
    public void write(ExportSource source, OutputStream out, ExportProgress progress) throws IOException {
        source.writeDocuments(false, document -> linesOf(source, document), out, progress);
        out.flush();
    }

    /** A document's codable passages the filter keeps, a line each. Runs on the export's workers. */
    private static TextChunk linesOf(ExportSource source, ExportDocument document) throws IOException {
        Map<Long, List<GoldCodingView>> gold = document.gold().stream()
                .collect(Collectors.groupingBy(GoldCodingView::passageId));
        TextChunk lines = new TextChunk();
        for (PassageView passage : document.passages()) {
            String state = document.state(passage.id());
            if (passage.excluded() || !source.filter().state(state)) {
                continue;
            }
            List<GoldCodingView> labels = gold.getOrDefault(passage.id(), List.of());
            try (JsonGenerator json = JsonOutput.valueIn(lines)) {
                json.writeStartObject()
                        .write("id", document.document().id() + "/" + passage.id())
                        .write("document_id", document.document().id())
                        .write("document_title", document.document().title())
                        .write("passage_id", passage.id())
                        .write("passage_number", passage.position() + 1)
                        .write("text", passage.text())
                        .write("consensus_state", state)
                        .write("settled", "ADJUDICATED".equals(state));
                json.writeStartArray("labels");
                labels.stream().map(g -> source.claimTypePath(g.claimTypeId())).distinct().forEach(json::write);
                json.writeEnd();
                json.writeStartArray("spans");
                for (GoldCodingView g : labels) {
                    json.writeStartObject()
                            .write("start", g.start() - passage.start())
                            .write("end", g.end() - passage.start())
                            .write("label", source.claimTypePath(g.claimTypeId()))
                            .write("text", passage.quote(g.start(), g.end()));
                    json.writeStartObject("attributes");
                    g.attributes().forEach(json::write);
                    json.writeEnd();
                    json.writeEnd();
                }
                json.writeEnd();
                json.writeEnd();
            }
            lines.write('\n');
            lines.rowDone();
        }
        return lines;
    }
}
