package org.concordia.export.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.codebook.service.RefiQdaCodebook;
import org.concordia.coding.service.CodingService;
import org.concordia.documents.model.DocumentMetadata;
import org.concordia.documents.model.ImportOutcome;
import org.concordia.documents.model.PassageKind;
import org.concordia.documents.model.PassageSpan;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.model.SourceType;
import org.concordia.documents.service.DocumentImporter;
import org.concordia.documents.service.DocumentService;
import org.concordia.export.model.ProjectImportResult;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.text.Explanation;
import org.concordia.platform.upload.SpooledUpload;
import org.concordia.platform.upload.UnpackedZip;
import org.concordia.platform.upload.UploadLimits;
import org.concordia.tenancy.model.ProjectSummary;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.ProjectService;
import org.concordia.tenancy.service.RequiresTenantRole;

/**
 * Imports a REFI-QDA project (.qdpx) into a new project: its text sources, codebook and codings, all in one
 * transaction, so that a file that cannot be imported leaves nothing behind. A .qdpx Concordia exported comes back
 * as it was (its {@code concordia/} folder holds the codebook with attributes, the documents' details and
 * passages, and the codings' attribute values and memos); one from another tool (ATLAS.ti, MAXQDA, NVivo,
 * QualCoder) brings its text sources as they are, split into passages at blank lines, its codes as claim types
 * and its selections as codings by their creating users, a selection across passages as one coding per passage.
 */
@ApplicationScoped
@Transactional
public class RefiQdaProjectImport {

    /** The largest .qdpx taken, as sent: web.xml's request limit. */
    public static final long MAX_UPLOAD_BYTES = 200L * 1024 * 1024;
    /** What a .qdpx may unpack to: files of at most 200 MB, 500 MB and 20,000 files in all, at most 200-fold. */
    static final UploadLimits LIMITS = new UploadLimits(200L * 1024 * 1024, 500L * 1024 * 1024, 20_000, 200);

    @Inject
    ProjectService projects;

    @Inject
    CodebookService codebooks;

    @Inject
    DocumentImporter importer;

    @Inject
    DocumentService documents;

    @Inject
    CodingService codings;

    /** Refuses whoever may not import projects (coders, archived tenants): what the import page checks first. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "import projects", writes = true)
    public void requireAllowed() {
        // the annotation is the check
    }

    /** Creates a project named {@code name} (else the file's project name) holding what the .qdpx holds. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "import projects", writes = true)
    public ProjectImportResult importProject(String name, byte[] qdpx) {
        return importProject(name, new ByteArrayInputStream(qdpx));
    }

    /**
     * Creates a project from a .qdpx read as it arrives: copied to a temporary file and unpacked there within
     * {@link #LIMITS}, so that an archive over a limit (a zip bomb among them) is refused before anything is stored.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "import projects", writes = true)
    public ProjectImportResult importProject(String name, InputStream qdpx) {
        try (SpooledUpload upload = SpooledUpload.of(qdpx, MAX_UPLOAD_BYTES, Explanation.of("upload.thisQdpx"));
                UnpackedZip files = UnpackedZip.unpack(upload.file(), LIMITS, Explanation.of("upload.thisQdpx"))) {
            if (files.entries().isEmpty()) {
                throw new InvalidInputException("error.export.thisIsNotARefi");
            }
            return importProject(name, files);
        }
    }

    private ProjectImportResult importProject(String name, UnpackedZip files) {
        UnpackedZip.Entry qde = files.find("project.qde")
                .orElseThrow(() -> new InvalidInputException("error.export.thisIsNotARefi2"));
        Qde project = Qde.read(qde.file());
        String projectName = name != null && !name.isBlank() ? name.strip()
                : project.name == null || project.name.isBlank() ? "Imported project" : project.name;
        ProjectSummary created = projects.createProject(projectName, "Imported from a REFI-QDA project"
                + (project.origin == null ? "" : " made by " + project.origin) + ".");
        List<String> notes = new ArrayList<>();

        byte[] codebookCsv = bytesOf(files, RefiQdaProjectFormat.EXTRAS + "codebook.csv");
        if (codebookCsv != null) {
            codebooks.importCsv(created.id(), codebookCsv);
        } else if (!project.codes.isEmpty()) {
            codebooks.importQdc(created.id(), project.codebookAsQdc());
        }
        Map<String, Long> claimTypes = new HashMap<>();
        for (ClaimTypeView type : codebooks.view(created.id()).claimTypes()) {
            claimTypes.put(normalGuid(type.guid()), type.id());
        }

        Map<String, JsonObject> details = jsonLines(bytesOf(files, RefiQdaProjectFormat.EXTRAS + "documents.jsonl"),
                "guid");
        Map<String, JsonObject> codingExtras = jsonLines(bytesOf(files, RefiQdaProjectFormat.EXTRAS
                + "codings.jsonl"), "selection");
        int documentCount = 0;
        int codingCount = 0;
        for (Source source : project.sources) {
            String text = textOf(source, files);
            JsonObject detail = details.get(source.guid);
            ImportOutcome outcome = importer.importVerbatim(created.id(), source.name, text, passagesOf(detail),
                    excludedOf(detail), metadataOf(source, detail));
            if (outcome.result() == ImportOutcome.Result.FAILED) {
                throw new InvalidInputException("error.export.theSourceCouldNotBe", source.name, outcome.explanation());
            }
            if (outcome.result() == ImportOutcome.Result.DUPLICATE) {
                notes.add("\u201c" + source.name + "\u201d has the same text as another source of the file; its"
                        + " codings were added to that document.");
            } else {
                documentCount++;
            }
            codingCount += restoreCodings(outcome.documentId(), source, project.users, claimTypes, codingExtras);
        }
        return new ProjectImportResult(created, documentCount, claimTypes.size(), codingCount, notes);
    }

    private int restoreCodings(long documentId, Source source, Map<String, String> users,
            Map<String, Long> claimTypes, Map<String, JsonObject> extras) {
        List<PassageView> passages = documents.passages(documentId);
        int restored = 0;
        for (Selection selection : source.selections) {
            if (selection.start < 0 || selection.end <= selection.start) {
                throw new InvalidInputException("error.export.aSelectionInRunsFrom", source.name, selection.start,
                        selection.end);
            }
            String coder = users.getOrDefault(selection.user, selection.user == null ? "unknown coder"
                    : selection.user);
            JsonObject extra = extras.get(selection.guid);
            Map<String, String> attributes = new HashMap<>();
            String memo = selection.description;
            if (extra != null) {
                extra.getJsonObject("attributes").forEach((key, value) -> attributes.put(key,
                        ((JsonString) value).getString()));
                memo = extra.containsKey("memo") ? extra.getString("memo") : null;
            }
            List<PassageView> covered = coveredBy(passages, selection.start, selection.end);
            if (covered.isEmpty()) {
                throw new InvalidInputException("error.export.aSelectionInToCovers", source.name, selection.start,
                        selection.end);
            }
            for (String code : selection.codes) {
                Long claimType = claimTypes.get(normalGuid(code));
                if (claimType == null) {
                    throw new InvalidInputException("error.export.aSelectionInIsCoded", source.name, code);
                }
                for (PassageView passage : covered) {
                    codings.restore(documentId, passage.id(), claimType, Math.max(selection.start, passage.start()),
                            Math.min(selection.end, passage.end()), coder, attributes, memo, selection.created);
                    restored++;
                }
            }
        }
        return restored;
    }

    /** The passages (in reading order) that [start, end) overlaps, found by binary search: selections are many. */
    static List<PassageView> coveredBy(List<PassageView> passages, int start, int end) {
        int low = 0;
        int high = passages.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (passages.get(middle).end() <= start) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        List<PassageView> covered = new ArrayList<>();
        for (int i = low; i < passages.size() && passages.get(i).start() < end; i++) {
            covered.add(passages.get(i));
        }
        return covered;
    }

    /** The file's bytes, or null when the archive has no such file. */
    private static byte[] bytesOf(UnpackedZip files, String name) {
        return files.find(name).map(UnpackedZip.Entry::bytes).orElse(null);
    }

    private static String textOf(Source source, UnpackedZip files) {
        if (source.inlineText != null) {
            return source.inlineText;
        }
        if (source.path != null && source.path.startsWith("internal://")) {
            byte[] text = bytesOf(files, "sources/" + UnpackedZip.safeName(source.path.substring(
                    "internal://".length())));
            if (text != null) {
                return new String(text, StandardCharsets.UTF_8);
            }
        }
        throw source.path == null ? new InvalidInputException("error.export.textOfSourceMissing", source.name)
                : new InvalidInputException("error.export.textOfSourceMissingAt", source.name, source.path);
    }

    private static List<PassageSpan> passagesOf(JsonObject detail) {
        if (detail == null || !detail.containsKey("passages")) {
            return null;
        }
        return detail.getJsonArray("passages").getValuesAs(JsonObject.class).stream()
                .map(p -> new PassageSpan(PassageKind.valueOf(p.getString("kind")), p.getInt("start"), p.getInt("end")))
                .toList();
    }

    private static Set<Integer> excludedOf(JsonObject detail) {
        Set<Integer> excluded = new HashSet<>();
        if (detail != null && detail.containsKey("passages")) {
            List<JsonObject> passages = detail.getJsonArray("passages").getValuesAs(JsonObject.class);
            for (int i = 0; i < passages.size(); i++) {
                if (passages.get(i).getBoolean("excluded", false)) {
                    excluded.add(i);
                }
            }
        }
        return excluded;
    }

    private static DocumentMetadata metadataOf(Source source, JsonObject detail) {
        if (detail == null) {
            return DocumentMetadata.titled(source.name, SourceType.OTHER);
        }
        LocalDate published = null;
        String date = detail.getString("publishedOn", null);
        if (date != null) {
            try {
                published = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("error.export.hasNoValidDate", source.name, date);
            }
        }
        return new DocumentMetadata(detail.getString("title", source.name), detail.getString("author", null),
                detail.getString("publisher", null), published, detail.getString("url", null),
                SourceType.valueOf(detail.getString("sourceType", SourceType.OTHER.name())),
                detail.getString("notes", null));
    }

    /** One JSON object per line, by the value of {@code key}; empty without the file. */
    private static Map<String, JsonObject> jsonLines(byte[] file, String key) {
        Map<String, JsonObject> objects = new HashMap<>();
        if (file == null) {
            return objects;
        }
        for (String line : new String(file, StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try (JsonReader reader = Json.createReader(new StringReader(line))) {
                JsonObject object = reader.readObject();
                objects.put(object.getString(key), object);
            } catch (RuntimeException e) {
                throw new InvalidInputException("error.export.theFilesConcordiaDetailsAre", e.getMessage());
            }
        }
        return objects;
    }

    /** GUIDs as the codebook stores them: without braces, lower case. */
    static String normalGuid(String guid) {
        return guid == null ? null : guid.replaceAll("[{}]", "").toLowerCase(Locale.ROOT);
    }

    /** A code of the project's codebook, with the codes below it. */
    private record Code(String guid, String name, String codable, String colour, String description,
            List<Code> children) {
    }

    /** A text source and its selections. */
    private record Source(String guid, String name, String path, String inlineText, List<Selection> selections) {
    }

    /** A coded span of a text source, in code points, end exclusive, with the codes applied to it. */
    private record Selection(String guid, int start, int end, String user, Instant created, String description,
            List<String> codes) {
    }

    /** What Concordia reads of a project.qde, read with StAX (no DTDs, no external entities). */
    private static final class Qde {
        private String name;
        private String origin;
        private final Map<String, String> users = new HashMap<>();
        private final List<Code> codes = new ArrayList<>();
        private final List<Source> sources = new ArrayList<>();

        static Qde read(Path qde) {
            XMLInputFactory factory = XMLInputFactory.newInstance();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            Qde project = new Qde();
            try (InputStream in = Files.newInputStream(qde)) {
                XMLStreamReader xml = factory.createXMLStreamReader(in);
                project.readFrom(xml);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (XMLStreamException | IllegalArgumentException e) {
                throw new InvalidInputException("error.export.theProjectQdeCouldNot", e.getMessage());
            }
            return project;
        }

        private void readFrom(XMLStreamReader xml) throws XMLStreamException {
            Deque<List<Code>> codeChildren = new ArrayDeque<>();
            Deque<String[]> openCodes = new ArrayDeque<>();
            String[] source = null;
            String inline = null;
            List<Selection> selections = null;
            String[] selection = null;
            String selectionDescription = null;
            List<String> refs = null;
            boolean sawProject = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "Project" -> {
                            if (!RefiQdaProjectFormat.NAMESPACE.equals(xml.getNamespaceURI())) {
                                throw new InvalidInputException("error.export.thisIsNotARefi3",
                                        RefiQdaProjectFormat.NAMESPACE);
                            }
                            sawProject = true;
                            name = xml.getAttributeValue(null, "name");
                            origin = xml.getAttributeValue(null, "origin");
                        }
                        case "User" -> users.put(xml.getAttributeValue(null, "guid"),
                                xml.getAttributeValue(null, "name"));
                        case "Code" -> {
                            openCodes.push(new String[] {xml.getAttributeValue(null, "guid"),
                                xml.getAttributeValue(null, "name"), xml.getAttributeValue(null, "isCodable"),
                                xml.getAttributeValue(null, "color"), null});
                            codeChildren.push(new ArrayList<>());
                        }
                        case "TextSource" -> {
                            source = new String[] {xml.getAttributeValue(null, "guid"),
                                xml.getAttributeValue(null, "name"), xml.getAttributeValue(null, "plainTextPath")};
                            inline = null;
                            selections = new ArrayList<>();
                        }
                        case "PlainTextContent" -> inline = xml.getElementText();
                        case "PlainTextSelection" -> {
                            selection = new String[] {xml.getAttributeValue(null, "guid"),
                                xml.getAttributeValue(null, "startPosition"),
                                xml.getAttributeValue(null, "endPosition"),
                                xml.getAttributeValue(null, "creatingUser"),
                                xml.getAttributeValue(null, "creationDateTime")};
                            selectionDescription = null;
                            refs = new ArrayList<>();
                        }
                        case "Description" -> {
                            String text = xml.getElementText().strip();
                            if (selection != null) {
                                selectionDescription = text;
                            } else if (!openCodes.isEmpty() && source == null) {
                                openCodes.peek()[4] = text;
                            }
                        }
                        case "CodeRef" -> {
                            if (refs != null) {
                                refs.add(xml.getAttributeValue(null, "targetGUID"));
                            }
                        }
                        default -> {
                            // other parts of the standard (notes, cases, variables, sets) are not imported
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "Code" -> {
                            String[] c = openCodes.pop();
                            Code code = new Code(c[0], c[1], c[2], c[3], c[4], List.copyOf(codeChildren.pop()));
                            (codeChildren.isEmpty() ? codes : codeChildren.peek()).add(code);
                        }
                        case "PlainTextSelection" -> {
                            selections.add(new Selection(selection[0], Integer.parseInt(selection[1]),
                                    Integer.parseInt(selection[2]), selection[3], instantOf(selection[4]),
                                    selectionDescription, List.copyOf(refs)));
                            selection = null;
                            refs = null;
                        }
                        case "TextSource" -> {
                            sources.add(new Source(source[0], source[1] == null ? "Untitled source" : source[1],
                                    source[2], inline, List.copyOf(selections)));
                            source = null;
                        }
                        default -> {
                            // nothing to finish
                        }
                    }
                }
            }
            if (!sawProject) {
                throw new InvalidInputException("error.export.thisIsNotARefi4");
            }
        }

        private static Instant instantOf(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        /** The project's codebook as a REFI-QDA codebook document, which the codebook feature imports. */
        byte[] codebookAsQdc() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
                xml.writeStartDocument("UTF-8", "1.0");
                xml.setDefaultNamespace(RefiQdaCodebook.NAMESPACE);
                xml.writeStartElement(RefiQdaCodebook.NAMESPACE, "CodeBook");
                xml.writeDefaultNamespace(RefiQdaCodebook.NAMESPACE);
                xml.writeStartElement("Codes");
                for (Code code : codes) {
                    write(xml, code);
                }
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeEndDocument();
                xml.close();
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
            return out.toByteArray();
        }

        private static void write(XMLStreamWriter xml, Code code) throws XMLStreamException {
            xml.writeStartElement("Code");
            if (code.guid() != null) {
                xml.writeAttribute("guid", code.guid());
            }
            if (code.name() != null) {
                xml.writeAttribute("name", code.name());
            }
            xml.writeAttribute("isCodable", code.codable() == null ? "true" : code.codable());
            if (code.colour() != null) {
                xml.writeAttribute("color", code.colour());
            }
            if (code.description() != null && !code.description().isEmpty()) {
                xml.writeStartElement("Description");
                xml.writeCharacters(code.description());
                xml.writeEndElement();
            }
            for (Code child : code.children()) {
                write(xml, child);
            }
            xml.writeEndElement();
        }
    }
}
