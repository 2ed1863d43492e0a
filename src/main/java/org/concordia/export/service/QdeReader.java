package org.concordia.export.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.concordia.codebook.service.RefiQdaCodebook;
import org.concordia.export.service.QdeProject.Applied;
import org.concordia.export.service.QdeProject.Case;
import org.concordia.export.service.QdeProject.Group;
import org.concordia.export.service.QdeProject.Note;
import org.concordia.export.service.QdeProject.OtherPart;
import org.concordia.export.service.QdeProject.Region;
import org.concordia.export.service.QdeProject.Selection;
import org.concordia.export.service.QdeProject.Source;
import org.concordia.export.service.QdeProject.SourceKind;
import org.concordia.export.service.QdeProject.VariableValue;
import org.concordia.platform.errors.InvalidInputException;

/**
 * Reads a REFI-QDA {@code project.qde} into a {@link QdeProject} with StAX (no DTDs, no external entities), one
 * method per element of the standard's schema, each reading its element to its end: the file may hold tens of
 * thousands of selections, so it is never built as a tree. Elements the schema allows but Concordia has no use for
 * are skipped whole; media sources, links and graphs are counted so that the import can say what it left out.
 */
final class QdeReader {

    private final XMLStreamReader xml;
    private String name;
    private String origin;
    private final Map<String, String> users = new LinkedHashMap<>();
    private final List<RefiQdaCodebook.ImportedCode> codes = new ArrayList<>();
    private final Map<String, List<String>> codeNotes = new LinkedHashMap<>();
    private final List<Source> sources = new ArrayList<>();
    private final Map<String, Note> notes = new LinkedHashMap<>();
    private final List<Group> sets = new ArrayList<>();
    private final List<Case> cases = new ArrayList<>();
    private final Map<String, String> variables = new LinkedHashMap<>();
    private final Map<OtherPart, Integer> others = new EnumMap<>(OtherPart.class);

    private QdeReader(XMLStreamReader xml) {
        this.xml = xml;
    }

    static QdeProject read(Path qde) {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(qde)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                return new QdeReader(xml).document();
            } finally {
                xml.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException | IllegalArgumentException e) {
            throw new InvalidInputException("error.export.theProjectQdeCouldNot", e.getMessage());
        }
    }

    private QdeProject document() throws XMLStreamException {
        while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
            // the prolog: comments, processing instructions, white space
        }
        if (!xml.isStartElement() || !"Project".equals(xml.getLocalName())) {
            throw new InvalidInputException("error.export.thisIsNotARefi4");
        }
        if (!RefiQdaProjectFormat.NAMESPACE.equals(xml.getNamespaceURI())) {
            throw new InvalidInputException("error.export.thisIsNotARefi3", RefiQdaProjectFormat.NAMESPACE);
        }
        name = attribute("name");
        origin = attribute("origin");
        children(child -> {
            switch (child) {
                case "Users" -> children(user -> {
                    if (user.equals("User")) {
                        users.put(attribute("guid"), attribute("name"));
                    }
                    skip();
                });
                case "CodeBook" -> children(part -> {
                    if (part.equals("Codes")) {
                        children(code -> codes.add(code()));
                    } else {
                        skip();
                    }
                });
                case "Variables" -> children(variable -> {
                    variables.put(attribute("guid"), attribute("name"));
                    skip();
                });
                case "Cases" -> children(c -> cases.add(kase()));
                case "Sources" -> children(this::source);
                case "Notes" -> children(note -> {
                    Note read = note();
                    notes.put(read.guid(), read);
                });
                case "Links" -> count(OtherPart.LINKS);
                case "Sets" -> children(set -> sets.add(set()));
                case "Graphs" -> count(OtherPart.GRAPHS);
                default -> skip();
            }
        });
        return new QdeProject(name, origin, users, codes, codeNotes, sources, notes, sets, cases, variables, others);
    }

    private RefiQdaCodebook.ImportedCode code() throws XMLStreamException {
        String guid = attribute("guid");
        String codeName = attribute("name");
        String codable = attribute("isCodable");
        String colour = attribute("color");
        String[] description = {null};
        List<RefiQdaCodebook.ImportedCode> children = new ArrayList<>();
        List<String> noteRefs = new ArrayList<>();
        children(child -> {
            switch (child) {
                case "Description" -> description[0] = text();
                case "Code" -> children.add(code());
                case "NoteRef" -> noteRefs.add(ref());
                default -> skip();
            }
        });
        if (!noteRefs.isEmpty()) {
            codeNotes.put(guid, noteRefs);
        }
        return RefiQdaCodebook.ImportedCode.of(guid, codeName, !"false".equalsIgnoreCase(codable), colour,
                description[0], children);
    }

    private void source(String kind) throws XMLStreamException {
        switch (kind) {
            case "TextSource" -> sources.add(textSource(SourceKind.TEXT, attribute("richTextPath")));
            case "PDFSource" -> sources.add(pdfSource());
            case "PictureSource" -> mediaSource(OtherPart.PICTURE_SOURCES);
            case "AudioSource" -> mediaSource(OtherPart.AUDIO_SOURCES);
            case "VideoSource" -> mediaSource(OtherPart.VIDEO_SOURCES);
            default -> skip();
        }
    }

    /** A text source, a PDF's representation or a note: the standard's TextSourceType. */
    private Source textSource(SourceKind kind, String file) throws XMLStreamException {
        String guid = attribute("guid");
        String sourceName = attribute("name");
        String plainTextPath = attribute("plainTextPath");
        String[] texts = {null, null};
        List<String> noteRefs = new ArrayList<>();
        List<VariableValue> values = new ArrayList<>();
        List<Selection> selections = new ArrayList<>();
        children(child -> {
            switch (child) {
                case "Description" -> texts[0] = text();
                case "PlainTextContent" -> texts[1] = xml.getElementText();
                case "PlainTextSelection" -> selections.add(selection());
                case "NoteRef" -> noteRefs.add(ref());
                case "VariableValue" -> values.add(variableValue());
                default -> skip();
            }
        });
        return new Source(kind, guid, sourceName == null ? "Untitled source" : sourceName, file, plainTextPath,
                texts[1], texts[0], noteRefs, values, selections, List.of());
    }

    /** A PDF source: its file, its regions, and the plain text its tool extracted with selections of that text. */
    private Source pdfSource() throws XMLStreamException {
        String guid = attribute("guid");
        String sourceName = attribute("name");
        String path = attribute("path");
        String[] description = {null};
        Source[] representation = {null};
        List<Region> regions = new ArrayList<>();
        List<String> noteRefs = new ArrayList<>();
        List<VariableValue> values = new ArrayList<>();
        children(child -> {
            switch (child) {
                case "Description" -> description[0] = text();
                case "PDFSelection" -> regions.add(region());
                case "Representation" -> representation[0] = textSource(SourceKind.PDF, path);
                case "NoteRef" -> noteRefs.add(ref());
                case "VariableValue" -> values.add(variableValue());
                default -> skip();
            }
        });
        Source text = representation[0];
        return new Source(SourceKind.PDF, guid, sourceName == null ? "Untitled PDF" : sourceName, path,
                text == null ? null : text.plainTextPath(), text == null ? null : text.inlineText(), description[0],
                noteRefs, values, text == null ? List.of() : text.selections(), regions);
    }

    private void mediaSource(OtherPart kind) throws XMLStreamException {
        others.merge(kind, 1, Integer::sum);
        children(child -> {
            if (child.endsWith("Selection")) {
                others.merge(OtherPart.MEDIA_SELECTIONS, 1, Integer::sum);
            }
            skip();
        });
    }

    private Selection selection() throws XMLStreamException {
        String guid = attribute("guid");
        String selectionName = attribute("name");
        int start = integer("startPosition");
        int end = integer("endPosition");
        String user = attribute("creatingUser");
        Instant created = instant(attribute("creationDateTime"));
        String[] description = {null};
        List<Applied> applied = new ArrayList<>();
        List<String> noteRefs = new ArrayList<>();
        children(child -> {
            switch (child) {
                case "Description" -> description[0] = text();
                case "Coding" -> applied.addAll(coding(user, created));
                case "NoteRef" -> noteRefs.add(ref());
                default -> skip();
            }
        });
        return new Selection(guid, selectionName, start, end, user, created, description[0], applied, noteRefs);
    }

    private Region region() throws XMLStreamException {
        String guid = attribute("guid");
        String regionName = attribute("name");
        int page = integer("page");
        String user = attribute("creatingUser");
        Instant created = instant(attribute("creationDateTime"));
        String[] texts = {null, null};
        List<Applied> applied = new ArrayList<>();
        List<String> noteRefs = new ArrayList<>();
        children(child -> {
            switch (child) {
                case "Description" -> texts[0] = text();
                case "Representation" -> texts[1] = textSource(SourceKind.PDF, null).inlineText();
                case "Coding" -> applied.addAll(coding(user, created));
                case "NoteRef" -> noteRefs.add(ref());
                default -> skip();
            }
        });
        return new Region(guid, regionName, page, texts[1], user, created, texts[0], applied, noteRefs);
    }

    /** The codes a Coding applies (one, by the standard), by its user or else the selection's. */
    private List<Applied> coding(String selectionUser, Instant selectionCreated) throws XMLStreamException {
        String user = attribute("creatingUser");
        Instant created = instant(attribute("creationDateTime"));
        List<Applied> applied = new ArrayList<>();
        children(child -> {
            if (child.equals("CodeRef")) {
                applied.add(new Applied(ref(), user == null ? selectionUser : user,
                        created == null ? selectionCreated : created));
            } else {
                skip();
            }
        });
        return applied;
    }

    private Note note() throws XMLStreamException {
        String noteName = attribute("name");
        Source text = textSource(SourceKind.TEXT, null);
        return new Note(text.guid(), noteName, text.plainTextPath(), text.inlineText(), text.description());
    }

    private Group set() throws XMLStreamException {
        String guid = attribute("guid");
        String setName = attribute("name");
        String[] description = {null};
        List<String> members = new ArrayList<>();
        int[] others = {0, 0};
        children(child -> {
            switch (child) {
                case "Description" -> description[0] = text();
                case "MemberSource" -> members.add(ref());
                case "MemberCode" -> {
                    ref();
                    others[0]++;
                }
                case "MemberNote" -> {
                    ref();
                    others[1]++;
                }
                default -> skip();
            }
        });
        return new Group(guid, setName, description[0], members, others[0], others[1]);
    }

    private Case kase() throws XMLStreamException {
        String guid = attribute("guid");
        String caseName = attribute("name");
        String[] description = {null};
        List<VariableValue> values = new ArrayList<>();
        List<String> members = new ArrayList<>();
        children(child -> {
            switch (child) {
                case "Description" -> description[0] = text();
                case "VariableValue" -> values.add(variableValue());
                case "SourceRef" -> members.add(ref());
                default -> skip();
            }
        });
        return new Case(guid, caseName, description[0], values, members);
    }

    private VariableValue variableValue() throws XMLStreamException {
        String[] parts = {null, null};
        children(child -> {
            if (child.equals("VariableRef")) {
                parts[0] = ref();
            } else if (child.endsWith("Value")) {
                parts[1] = xml.getElementText().strip();
            } else {
                skip();
            }
        });
        return new VariableValue(parts[0], parts[1]);
    }

    private void count(OtherPart part) throws XMLStreamException {
        children(child -> {
            others.merge(part, 1, Integer::sum);
            skip();
        });
    }

    /** Calls {@code onChild} with the name of each child element of the current one; each must read its child. */
    private void children(ChildReader onChild) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                onChild.read(xml.getLocalName());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
        }
    }

    /** Reads past the end of the current element, whatever it holds. */
    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private String attribute(String attribute) {
        return xml.getAttributeValue(null, attribute);
    }

    /** The GUID a reference element ({@code CodeRef}, {@code NoteRef}, {@code MemberSource}...) points to, read past. */
    private String ref() throws XMLStreamException {
        String target = attribute("targetGUID");
        skip();
        return target;
    }

    private String text() throws XMLStreamException {
        return xml.getElementText().strip();
    }

    private int integer(String attribute) {
        String value = attribute(attribute);
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("error.export.notANumberIn", attribute, value,
                    xml.getLocation().getLineNumber());
        }
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** What reads one child element. */
    @FunctionalInterface
    private interface ChildReader {
        void read(String element) throws XMLStreamException;
    }
}
