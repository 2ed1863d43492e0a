package org.concordia.export.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.concordia.coding.model.CodingView;
import org.concordia.consensus.model.GoldCodingView;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.PassageView;
import org.concordia.tenancy.service.NoTenantRoleRequired;

/**
 * W3C Web Annotation (JSON-LD): an AnnotationCollection whose page holds one Annotation per coding, motivated by
 * classifying, targeting the document with a TextQuoteSelector (the quote, with up to 32 characters of prefix and
 * suffix from its passage) and a TextPositionSelector (code points of the document's cleaned text, end exclusive),
 * the claim type as a classifying TextualBody and each attribute as a describing one. Gold codings are annotations
 * by the software agent "Concordia gold standard".
 */
@NoTenantRoleRequired("runs inside an export that ExportService.start allowed")
@ApplicationScoped
public class WebAnnotationFormat implements ExportFormatSupport {

    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    private static final int CONTEXT_CHARS = 32;

    @Override
    public String id() {
        return "web-annotation";
    }

    @Override
    public String label() {
        return "W3C Web Annotation (JSON-LD)";
    }

    @Override
    public String description() {
        return "Standard annotations with text quote and position selectors, for annotation tools, Hypothesis-style"
                + " viewers and linked-data stores.";
    }

    @Override
    public String extension() {
        return "jsonld";
    }

    @Override
    public String mediaType() {
        return "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";
    }

    @Override
    public void write(ExportSource source, OutputStream out, ExportProgress progress) throws IOException {
        Writer writer = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        JsonGenerator json = JsonOutput.generator(writer);
        json.writeStartObject()
                .write("@context", CONTEXT)
                .write("id", "urn:concordia:project:" + source.projectId() + ":annotations")
                .write("type", "AnnotationCollection")
                .write("label", "Codings of project " + source.projectId())
                .writeStartObject("first")
                .write("type", "AnnotationPage")
                .writeStartArray("items");
        // Read ahead on the export's workers; written here, in one JSON document.
        source.render(true, document -> document, document -> {
            for (CodingView c : document.codings()) {
                PassageView passage = document.passage(c.passageId());
                if (passage != null) {
                    annotation(json, source, "urn:concordia:coding:" + c.id(), c.coder(), false, c.createdAt(),
                            c.claimTypeId(), c.attributes(), c.memo(), document.document(), passage, c.start(),
                            c.end());
                    progress.rowWritten();
                }
            }
            for (GoldCodingView g : document.gold()) {
                PassageView passage = document.passage(g.passageId());
                if (passage != null) {
                    annotation(json, source, "urn:concordia:gold-coding:" + g.id(), null, true, null, g.claimTypeId(),
                            g.attributes(), g.memo(), document.document(), passage, g.start(), g.end());
                    progress.rowWritten();
                }
            }
        });
        json.writeEnd().writeEnd().writeEnd();
        json.flush();
    }

    private static void annotation(JsonGenerator json, ExportSource source, String id, String coder, boolean gold,
            Instant created, long claimTypeId, Map<String, String> attributes, String memo, DocumentSummary document,
            PassageView passage, int start, int end) {
        json.writeStartObject()
                .write("id", id)
                .write("type", "Annotation")
                .write("motivation", "classifying");
        json.writeStartObject("creator");
        if (gold) {
            json.write("id", "urn:concordia:gold-standard").write("type", "Software")
                    .write("name", "Concordia gold standard");
        } else {
            json.write("id", "urn:concordia:user:" + coder).write("type", "Person").write("name", coder);
        }
        json.writeEnd();
        if (created != null) {
            json.write("created", created.toString());
        }
        json.writeStartArray("body");
        json.writeStartObject().write("type", "TextualBody").write("purpose", "classifying")
                .write("value", source.claimTypePath(claimTypeId)).writeEnd();
        attributes.forEach((name, value) -> json.writeStartObject().write("type", "TextualBody")
                .write("purpose", "describing").write("value", name + ": " + value).writeEnd());
        if (memo != null && !memo.isBlank()) {
            json.writeStartObject().write("type", "TextualBody").write("purpose", "commenting").write("value", memo)
                    .writeEnd();
        }
        json.writeEnd();
        int passageLength = passage.text().codePointCount(0, passage.text().length());
        json.writeStartObject("target")
                .write("source", "urn:concordia:document:" + document.id());
        json.writeStartArray("selector");
        json.writeStartObject().write("type", "TextQuoteSelector")
                .write("exact", passage.quote(start, end))
                .write("prefix", passage.quote(Math.max(passage.start(), start - CONTEXT_CHARS), start))
                .write("suffix", passage.quote(end, Math.min(passage.start() + passageLength, end + CONTEXT_CHARS)))
                .writeEnd();
        json.writeStartObject().write("type", "TextPositionSelector").write("start", start).write("end", end)
                .writeEnd();
        json.writeEnd();
        json.writeEnd();
        json.writeEnd();
    }
}
