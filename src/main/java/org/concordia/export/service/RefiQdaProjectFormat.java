package org.concordia.export.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.concordia.claims.model.VerdictView;
import org.concordia.consensus.model.ExerciseRecord;
import org.concordia.consensus.model.GoldCodingView;
import org.concordia.claims.service.RegistryBackup;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.model.CodebookView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.codebook.service.RefiQdaCodebook;
import org.concordia.coding.model.AssignmentRecord;
import org.concordia.coding.model.CodingView;
import org.concordia.coding.service.AssignmentService;
import org.concordia.consensus.model.GoldCodingDraft;
import org.concordia.consensus.model.PassageSettlementRecord;
import org.concordia.consensus.service.AdjudicationService;
import org.concordia.consensus.service.ConsensusBackup;
import org.concordia.documents.model.CleanupStep;
import org.concordia.documents.model.DocumentGroupView;
import org.concordia.documents.model.DocumentMetadata;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.OriginalRecord;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.service.DocumentGroupService;
import org.concordia.documents.service.DocumentService;
import org.concordia.tenancy.service.NoTenantRoleRequired;

/**
 * A REFI-QDA project (.qdpx, REFI-QDA 1.5): a zip holding {@code project.qde} (namespace urn:QDA-XML:project:1.0)
 * with the users, the codebook, and one TextSource per document whose PlainTextSelections carry the codings
 * (code points of the cleaned text, end exclusive), and {@code sources/<guid>.txt}, each document's cleaned text.
 * Attributes and memos go into each selection's Description. GUIDs are derived from ids, so exporting twice gives
 * the same GUIDs; claim types keep the GUIDs of the codebook. Opens in ATLAS.ti, MAXQDA, NVivo and QualCoder.
 *
 * <p>What the standard has no place for goes into {@code concordia/}, which other tools ignore and
 * {@link RefiQdaProjectImport} reads, so that a project comes back as it was: {@code codebook.csv} (hotkeys, rules
 * of use, typed attributes), {@code documents.jsonl} (each source's details and passages, excluded ones marked, its
 * assignments, settled and discussed passages, and whether it is a training exercise), {@code codings.jsonl} (each
 * selection's attribute values, memo and codebook version, by selection GUID), {@code registry.json} (entities, names, merges,
 * relations), {@code verdicts.jsonl} (the ledger's verdicts, their claims by selection GUID) and
 * {@code snapshots.json} (the agreement snapshots with their data), {@code codebook-history.json} (the codebook's
 * version and change log; each coding's version is in {@code codings.jsonl}), and each document's original in
 * {@code originals/}.
 */
@NoTenantRoleRequired("runs inside an export that ExportService.start allowed")
@ApplicationScoped
public class RefiQdaProjectFormat implements ExportFormatSupport {

    static final String NAMESPACE = "urn:QDA-XML:project:1.0";
    static final String EXTRAS = "concordia/";

    @Inject
    DocumentService documentService;

    @Inject
    CodebookService codebookService;

    @Inject
    AssignmentService assignmentService;

    @Inject
    ConsensusBackup consensusBackup;

    @Inject
    RegistryBackup registryBackup;

    @Inject
    AdjudicationService adjudicationService;

    @Inject
    DocumentGroupService groupService;

    @Override
    public String id() {
        return "refi-qda";
    }

    @Override
    public String label() {
        return "REFI-QDA project (.qdpx)";
    }

    @Override
    public String description() {
        return "For ATLAS.ti, MAXQDA, NVivo and QualCoder: documents, codebook, coders and codings in the exchange"
                + " standard; also a backup Concordia can import into a new project.";
    }

    @Override
    public String extension() {
        return "qdpx";
    }

    @Override
    public String mediaType() {
        return "application/zip";
    }

    @Override
    public long expectedRows(ExportSource source) {
        return source.filter().goldOnly() ? 0 : source.codingCount();
    }

    @Override
    public void write(ExportSource source, OutputStream out, ExportProgress progress) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry("project.qde"));
        List<DocumentSummary> documents = source.documents();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(new NonClosing(zip), "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "Project");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("name", "Concordia project " + source.projectId());
            xml.writeAttribute("origin", "Concordia");
            xml.writeAttribute("creationDateTime", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            Set<String> users = new LinkedHashSet<>();
            source.forEachCoding(c -> users.add(c.coder()));
            if (!users.isEmpty()) {
                xml.writeStartElement("Users");
                for (String user : users) {
                    xml.writeEmptyElement("User");
                    xml.writeAttribute("guid", guid("user", user));
                    xml.writeAttribute("name", user);
                }
                xml.writeEndElement();
            }
            writeCodebook(xml, source);
            Map<Long, Map<String, String>> variables = groupService.variablesOfProject(source.projectId());
            writeVariables(xml, variables);
            xml.writeStartElement("Sources");
            for (DocumentSummary document : documents) {
                writeSource(xml, source, document, variables.getOrDefault(document.id(), Map.of()), progress);
            }
            xml.writeEndElement();
            writeSets(xml, documents);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write project.qde: " + e.getMessage(), e);
        }
        zip.closeEntry();
        for (DocumentSummary document : documents) {
            zip.putNextEntry(new ZipEntry("sources/" + guid("document", Long.toString(document.id())) + ".txt"));
            zip.write(documentService.cleanedText(document.id()).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        writeExtras(zip, source, documents);
        zip.finish();
    }

    /** Who was given the document, and how far each got: submitted, revealed. */
    private static void writeAssignments(JsonGenerator json, List<AssignmentRecord> assignments) {
        json.writeStartArray("assignments");
        for (AssignmentRecord a : assignments) {
            json.writeStartObject().write("coder", a.coder());
            writeIfPresent(json, "assignedBy", a.assignedBy());
            writeIfPresent(json, "assignedAt", a.assignedAt() == null ? null : a.assignedAt().toString());
            writeIfPresent(json, "dueOn", a.dueOn() == null ? null : a.dueOn().toString());
            writeIfPresent(json, "submittedAt", a.submittedAt() == null ? null : a.submittedAt().toString());
            writeIfPresent(json, "revealedAt", a.revealedAt() == null ? null : a.revealedAt().toString());
            writeIfPresent(json, "revealedBy", a.revealedBy());
            json.writeEnd();
        }
        json.writeEnd();
    }

    /**
     * Each settled, discussed or voted-on passage (by its position among the document's passages): the decision
     * with its gold codings (claim types by GUID), the comments and the votes, with who and when.
     */
    private static void writeSettlements(JsonGenerator json, ExportSource source, List<Long> passages,
            List<PassageSettlementRecord> settlements) {
        Map<Long, Integer> positions = new java.util.HashMap<>();
        for (int i = 0; i < passages.size(); i++) {
            positions.put(passages.get(i), i);
        }
        json.writeStartArray("settlements");
        for (PassageSettlementRecord settlement : settlements) {
            json.writeStartObject().write("passage", positions.get(settlement.passageId()));
            PassageSettlementRecord.Decision decision = settlement.decision();
            if (decision != null) {
                json.writeStartObject("decision").write("method", decision.method().name());
                writeIfPresent(json, "takenFrom", decision.takenFrom());
                writeIfPresent(json, "rationale", decision.rationale());
                writeIfPresent(json, "decidedBy", decision.decidedBy());
                writeIfPresent(json, "decidedAt", decision.decidedAt() == null ? null
                        : decision.decidedAt().toString());
                json.writeStartArray("gold");
                for (GoldCodingDraft gold : decision.gold()) {
                    if (source.claimType(gold.claimTypeId()) == null) {
                        continue;
                    }
                    json.writeStartObject().write("claimType", source.claimType(gold.claimTypeId()).guid())
                            .write("start", gold.start()).write("end", gold.end());
                    json.writeStartObject("attributes");
                    gold.attributes().forEach(json::write);
                    json.writeEnd();
                    writeIfPresent(json, "memo", gold.memo());
                    writeIfPresent(json, "sourceCoder", gold.sourceCoder());
                    json.writeEnd();
                }
                json.writeEnd().writeEnd();
            }
            json.writeStartArray("comments");
            settlement.comments().forEach(c -> json.writeStartObject().write("author", c.author())
                    .write("body", c.body()).write("createdAt", c.createdAt().toString()).writeEnd());
            json.writeEnd();
            json.writeStartArray("votes");
            settlement.votes().forEach(v -> json.writeStartObject().write("voter", v.voter())
                    .write("choice", v.choice()).write("castAt", v.castAt().toString()).writeEnd());
            json.writeEnd().writeEnd();
        }
        json.writeEnd();
    }

    private void writeExtras(ZipOutputStream zip, ExportSource source, List<DocumentSummary> documents)
            throws IOException {
        zip.putNextEntry(new ZipEntry(EXTRAS + "registry.json"));
        try (jakarta.json.bind.Jsonb jsonb = jakarta.json.bind.JsonbBuilder.create()) {
            zip.write(jsonb.toJson(registryBackup.registryOf(source.projectId())).getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IOException("The entity registry could not be written", e);
        }
        zip.closeEntry();

        zip.putNextEntry(new ZipEntry(EXTRAS + "snapshots.json"));
        try (jakarta.json.bind.Jsonb jsonb = jakarta.json.bind.JsonbBuilder.create()) {
            zip.write(jsonb.toJson(consensusBackup.snapshotsOf(source.projectId())).getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IOException("The agreement snapshots could not be written", e);
        }
        zip.closeEntry();

        zip.putNextEntry(new ZipEntry(EXTRAS + "codebook.csv"));
        zip.write(codebookService.exportCsv(source.projectId()));
        zip.closeEntry();

        zip.putNextEntry(new ZipEntry(EXTRAS + "codebook-history.json"));
        CodebookView codebook = codebookService.view(source.projectId());
        Writer history = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
        try (JsonGenerator json = JsonOutput.valueIn(history)) {
            json.writeStartObject().write("version", codebook.version()).write("inUse", codebook.inUse());
            json.writeStartArray("changes");
            codebook.changes().forEach(c -> json.writeStartObject().write("version", c.version())
                    .write("description", c.description()).write("changedBy", c.changedBy())
                    .write("changedAt", c.changedAt().toString()).writeEnd());
            json.writeEnd().writeEnd();
        }
        history.flush();
        zip.closeEntry();

        Map<Long, List<AssignmentRecord>> assignments = assignmentService.assignmentRecords(source.projectId())
                .stream().collect(java.util.stream.Collectors.groupingBy(AssignmentRecord::documentId));
        Map<Long, List<PassageSettlementRecord>> settlements = consensusBackup.settlementsOf(source.projectId());
        Map<Long, ExerciseRecord> exercises = consensusBackup.exercisesOf(source.projectId());
        zip.putNextEntry(new ZipEntry(EXTRAS + "documents.jsonl"));
        Writer lines = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
        for (DocumentSummary document : documents) {
            DocumentMetadata metadata = document.metadata();
            try (JsonGenerator json = JsonOutput.valueIn(lines)) {
                json.writeStartObject()
                        .write("guid", guid("document", Long.toString(document.id())))
                        .write("title", metadata.title());
                writeIfPresent(json, "author", metadata.author());
                writeIfPresent(json, "publisher", metadata.publisher());
                writeIfPresent(json, "publishedOn", metadata.publishedOn() == null ? null
                        : metadata.publishedOn().toString());
                writeIfPresent(json, "url", metadata.url());
                json.write("sourceType", metadata.sourceType().name());
                writeIfPresent(json, "notes", metadata.notes());
                writeIfPresent(json, "fileName", document.originalFilename());
                writeIfPresent(json, "importedBy", document.importedBy());
                writeIfPresent(json, "importedAt", document.importedAt() == null ? null
                        : document.importedAt().toString());
                json.writeStartArray("passages");
                List<PassageView> passages = documentService.passages(document.id());
                for (PassageView passage : passages) {
                    json.writeStartObject().write("kind", passage.kind().name()).write("start", passage.start())
                            .write("end", passage.end()).write("excluded", passage.excluded()).writeEnd();
                }
                json.writeEnd();
                writeAssignments(json, assignments.getOrDefault(document.id(), List.of()));
                writeSettlements(json, source, passages.stream().map(PassageView::id).toList(),
                        settlements.getOrDefault(document.id(), List.of()));
                ExerciseRecord exercise = exercises.get(document.id());
                if (exercise != null) {
                    json.writeStartObject("exercise").write("markedBy", exercise.markedBy())
                            .write("markedAt", exercise.markedAt().toString()).writeEnd();
                }
                json.writeEnd();
            }
            lines.write('\n');
        }
        lines.flush();
        zip.closeEntry();

        for (DocumentSummary document : documents) {
            writeOriginal(zip, guid("document", Long.toString(document.id())), document.id());
        }

        zip.putNextEntry(new ZipEntry(EXTRAS + "verdicts.jsonl"));
        Writer verdicts = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
        List<VerdictView> ofProject = registryBackup.verdictsOf(source.projectId());
        Map<Long, GoldCodingView> gold = ofProject.isEmpty() ? Map.of() : adjudicationService
                .goldOfProject(source.projectId()).stream()
                .collect(java.util.stream.Collectors.toMap(GoldCodingView::id, g -> g));
        for (VerdictView verdict : ofProject) {
            try (JsonGenerator json = JsonOutput.valueIn(verdicts)) {
                json.writeStartObject().write("proposition", verdict.propositionKey())
                        .write("kind", verdict.kind().name());
                if (verdict.favouredClaim() != null) {
                    json.writeKey("favoured");
                    writeClaim(json, source, verdict.favouredClaim(), gold);
                }
                json.write("rationale", verdict.rationale()).write("confidence", verdict.confidence());
                json.writeStartArray("evidence");
                verdict.evidence().forEach(id -> writeClaim(json, source, id, gold));
                json.writeEnd();
                json.write("decidedBy", verdict.decidedBy()).write("decidedAt", verdict.decidedAt().toString());
                json.writeEnd();
            }
            verdicts.write('\n');
        }
        verdicts.flush();
        zip.closeEntry();

        zip.putNextEntry(new ZipEntry(EXTRAS + "codings.jsonl"));
        Writer codings = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
        source.forEachCoding(coding -> {
            try (JsonGenerator json = JsonOutput.valueIn(codings)) {
                json.writeStartObject().write("selection", guid("selection", Long.toString(coding.id())))
                        .write("codebookVersion", coding.codebookVersion());
                json.writeStartObject("attributes");
                coding.attributes().forEach(json::write);
                json.writeEnd();
                writeIfPresent(json, "memo", coding.memo());
                json.writeEnd();
            }
            try {
                codings.write('\n');
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        codings.flush();
        zip.closeEntry();
    }

    /**
     * The document's original, where it is kept: {@code originals/<guid>.file} (the file as uploaded),
     * {@code .txt} (the text extracted from it before clean-up) and {@code .json} (media type, clean-up decisions,
     * corrections), so that a restored copy's clean-up can still be corrected.
     */
    private void writeOriginal(ZipOutputStream zip, String guid, long documentId) throws IOException {
        var kept = documentService.originalOf(documentId);
        if (kept.isEmpty()) {
            return;
        }
        OriginalRecord original = kept.get();
        zip.putNextEntry(new ZipEntry(EXTRAS + "originals/" + guid + ".file"));
        zip.write(original.content());
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(EXTRAS + "originals/" + guid + ".txt"));
        zip.write(original.originalText().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(EXTRAS + "originals/" + guid + ".json"));
        Writer out = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
        try (JsonGenerator json = JsonOutput.valueIn(out)) {
            json.writeStartObject().write("mediaType", original.mediaType());
            json.writeStartArray("steps");
            for (CleanupStep step : original.steps()) {
                json.writeStartObject().write("key", step.key()).write("kind", step.kind().name())
                        .write("text", step.text()).write("reason", step.reason()).write("page", step.page())
                        .write("undone", step.undone()).writeEnd();
            }
            json.writeEnd();
            json.writeStartObject("corrections");
            original.corrections().forEach(json::write);
            json.writeEnd().writeEnd();
        }
        out.flush();
        zip.closeEntry();
    }

    /**
     * A claim a verdict names: a coding by its selection's GUID; a gold coding (its id negated, as the ledger has it)
     * by its document, claim type and span, which the restored gold standard has too.
     */
    private static void writeClaim(JsonGenerator json, ExportSource source, long claimId,
            Map<Long, GoldCodingView> gold) {
        if (claimId >= 0) {
            json.writeStartObject().write("selection", guid("selection", Long.toString(claimId))).writeEnd();
            return;
        }
        GoldCodingView g = gold.get(-claimId);
        json.writeStartObject();
        if (g != null && source.claimType(g.claimTypeId()) != null) {
            json.write("document", guid("document", Long.toString(g.documentId())))
                    .write("claimType", source.claimType(g.claimTypeId()).guid())
                    .write("start", g.start()).write("end", g.end());
        }
        json.writeEnd();
    }

    private static void writeIfPresent(JsonGenerator json, String name, String value) {
        if (value != null) {
            json.write(name, value);
        }
    }

    private static void writeCodebook(XMLStreamWriter xml, ExportSource source) throws XMLStreamException {
        List<ClaimTypeView> types = source.codebook().claimTypes();
        if (types.isEmpty()) {
            return;
        }
        xml.writeStartElement("CodeBook");
        xml.writeStartElement("Codes");
        for (ClaimTypeView top : types.stream().filter(t -> t.parentId() == null).toList()) {
            writeCode(xml, top, types);
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void writeCode(XMLStreamWriter xml, ClaimTypeView type, List<ClaimTypeView> all)
            throws XMLStreamException {
        xml.writeStartElement("Code");
        xml.writeAttribute("guid", type.guid());
        xml.writeAttribute("name", type.name());
        xml.writeAttribute("isCodable", Boolean.toString(type.draft().codable()));
        if (type.draft().colour() != null && type.draft().colour().matches("#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})")) {
            xml.writeAttribute("color", type.draft().colour().toUpperCase(java.util.Locale.ROOT));
        }
        String description = RefiQdaCodebook.describe(type);
        if (!description.isBlank()) {
            xml.writeStartElement("Description");
            xml.writeCharacters(description);
            xml.writeEndElement();
        }
        for (ClaimTypeView child : all.stream().filter(t -> Long.valueOf(type.id()).equals(t.parentId())).toList()) {
            writeCode(xml, child, all);
        }
        xml.writeEndElement();
    }

    /** Every variable any document has, as a text variable of the project. */
    private static void writeVariables(XMLStreamWriter xml, Map<Long, Map<String, String>> variables)
            throws XMLStreamException {
        Set<String> names = new LinkedHashSet<>();
        variables.values().forEach(v -> names.addAll(v.keySet()));
        if (names.isEmpty()) {
            return;
        }
        xml.writeStartElement("Variables");
        for (String name : names) {
            xml.writeEmptyElement("Variable");
            xml.writeAttribute("guid", guid("variable", name));
            xml.writeAttribute("name", name);
            xml.writeAttribute("typeOfVariable", "Text");
        }
        xml.writeEndElement();
    }

    /** Each group of documents as a Set of the sources exported. */
    private void writeSets(XMLStreamWriter xml, List<DocumentSummary> documents) throws XMLStreamException {
        if (documents.isEmpty()) {
            return;
        }
        Set<Long> exported = new java.util.HashSet<>();
        documents.forEach(d -> exported.add(d.id()));
        List<DocumentGroupView> sets = groupService.groups(documents.get(0).projectId());
        if (sets.isEmpty()) {
            return;
        }
        xml.writeStartElement("Sets");
        for (DocumentGroupView set : sets) {
            xml.writeStartElement("Set");
            xml.writeAttribute("guid", guid("group", Long.toString(set.id())));
            xml.writeAttribute("name", set.name());
            if (set.description() != null) {
                xml.writeStartElement("Description");
                xml.writeCharacters(set.description());
                xml.writeEndElement();
            }
            for (long member : set.documentIds()) {
                if (exported.contains(member)) {
                    xml.writeEmptyElement("MemberSource");
                    xml.writeAttribute("targetGUID", guid("document", Long.toString(member)));
                }
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void writeSource(XMLStreamWriter xml, ExportSource source, DocumentSummary document,
            Map<String, String> variables, ExportProgress progress) throws XMLStreamException {
        String guid = guid("document", Long.toString(document.id()));
        xml.writeStartElement("TextSource");
        xml.writeAttribute("guid", guid);
        xml.writeAttribute("name", document.title());
        xml.writeAttribute("plainTextPath", "internal://" + guid + ".txt");
        xml.writeAttribute("creationDateTime", document.importedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        List<CodingView> codings = source.codingsOf(document);
        for (CodingView coding : codings) {
            xml.writeStartElement("PlainTextSelection");
            xml.writeAttribute("guid", guid("selection", Long.toString(coding.id())));
            xml.writeAttribute("startPosition", Integer.toString(coding.start()));
            xml.writeAttribute("endPosition", Integer.toString(coding.end()));
            xml.writeAttribute("creatingUser", guid("user", coding.coder()));
            // Full precision (xs:dateTime allows it): an imported backup keeps each coding's time exactly.
            xml.writeAttribute("creationDateTime", coding.createdAt().toString());
            String description = describe(coding.attributes(), coding.memo());
            if (!description.isEmpty()) {
                xml.writeStartElement("Description");
                xml.writeCharacters(description);
                xml.writeEndElement();
            }
            xml.writeStartElement("Coding");
            xml.writeAttribute("guid", guid("coding", Long.toString(coding.id())));
            xml.writeAttribute("creatingUser", guid("user", coding.coder()));
            xml.writeEmptyElement("CodeRef");
            ClaimTypeView type = source.claimType(coding.claimTypeId());
            xml.writeAttribute("targetGUID", type == null ? guid("code", Long.toString(coding.claimTypeId()))
                    : type.guid());
            xml.writeEndElement();
            xml.writeEndElement();
            progress.rowWritten();
        }
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            xml.writeStartElement("VariableValue");
            xml.writeEmptyElement("VariableRef");
            xml.writeAttribute("targetGUID", guid("variable", variable.getKey()));
            xml.writeStartElement("TextValue");
            xml.writeCharacters(variable.getValue());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** "subject: Iran; relation: backed" and the memo on its own line. */
    static String describe(Map<String, String> attributes, String memo) {
        StringBuilder text = new StringBuilder();
        attributes.forEach((name, value) -> text.append(text.isEmpty() ? "" : "; ").append(name).append(": ")
                .append(value));
        if (memo != null && !memo.isBlank()) {
            text.append(text.isEmpty() ? "" : "\n").append(memo.strip());
        }
        return text.toString();
    }

    /** A stable GUID for a Concordia object: the same object gets the same GUID in every export. */
    static String guid(String kind, String id) {
        return UUID.nameUUIDFromBytes(("concordia:" + kind + ":" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Lets the XML writer write into the zip entry without closing the zip. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
