package org.concordia.codebook.service;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.concordia.codebook.model.AttributeField;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.platform.errors.InvalidInputException;

/**
 * The REFI-QDA codebook exchange format (.qdc, namespace urn:QDA-XML:codebook:1.0), which ATLAS.ti, MAXQDA, NVivo
 * and QualCoder read and write: codes with GUID, name, colour, codability, description and sub-codes. A claim
 * type's definition, rules of use and attributes (with their levels of measurement) travel in the description as
 * labelled paragraphs, which other tools show as text and {@link #sections} reads back; hotkeys have no place in the
 * format.
 */
public final class RefiQdaCodebook {

    public static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";

    /** A code read from a .qdc file, with its sub-codes. */
    public record ImportedCode(String guid, String name, boolean codable, String colour, String description,
            List<ImportedCode> children) {

        /**
         * A code as a file gives it, in the form the codebook keeps: the GUID without braces in lower case (a new
         * one when the file has none), a name (a placeholder for none), the colour as {@code #rrggbb} or none.
         */
        public static ImportedCode of(String guid, String name, boolean codable, String colour, String description,
                List<ImportedCode> children) {
            return new ImportedCode(guid == null || guid.isBlank() ? UUID.randomUUID().toString()
                    : guid.strip().replaceAll("[{}]", "").toLowerCase(java.util.Locale.ROOT),
                    name == null || name.isBlank() ? "(unnamed code)" : name, codable, expandColour(colour),
                    description == null || description.isBlank() ? null : description.strip(),
                    List.copyOf(children));
        }
    }

    private RefiQdaCodebook() {
    }

    /** Writes claim types (in tree order, as {@code CodebookView} lists them) as a .qdc document. */
    public static byte[] write(List<ClaimTypeView> claimTypes) {
        Map<Long, List<ClaimTypeView>> children = claimTypes.stream().filter(c -> c.parentId() != null)
                .collect(Collectors.groupingBy(ClaimTypeView::parentId));
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("CodeBook");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("origin", "Concordia");
            xml.writeStartElement("Codes");
            for (ClaimTypeView top : claimTypes) {
                if (top.parentId() == null) {
                    writeCode(xml, top, children);
                }
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return bytes.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the codebook", e);
        }
    }

    private static void writeCode(XMLStreamWriter xml, ClaimTypeView code, Map<Long, List<ClaimTypeView>> children)
            throws XMLStreamException {
        xml.writeStartElement("Code");
        xml.writeAttribute("guid", code.guid());
        xml.writeAttribute("name", code.name());
        xml.writeAttribute("isCodable", String.valueOf(code.draft().codable()));
        xml.writeAttribute("color", code.draft().colour());
        String description = describe(code);
        if (!description.isEmpty()) {
            xml.writeStartElement("Description");
            xml.writeCharacters(description);
            xml.writeEndElement();
        }
        for (ClaimTypeView child : children.getOrDefault(code.id(), List.of())) {
            writeCode(xml, child, children);
        }
        xml.writeEndElement();
    }

    private static final String USE_WHEN = "Use when: ";
    private static final String DO_NOT_USE_WHEN = "Do not use when: ";
    private static final String EXAMPLES = "Examples: ";
    private static final String ATTRIBUTES = "Attributes: ";

    /** Definition, rules of use and attributes as one text, the way other tools show a code's description. */
    public static String describe(ClaimTypeView code) {
        StringBuilder text = new StringBuilder();
        append(text, null, code.draft().definition());
        append(text, USE_WHEN, code.draft().whenToUse());
        append(text, DO_NOT_USE_WHEN, code.draft().whenNotToUse());
        append(text, EXAMPLES, code.draft().examples());
        append(text, ATTRIBUTES, code.draft().attributes().stream().map(AttributeField::toString)
                .collect(Collectors.joining("; ")));
        return text.toString();
    }

    /** A code's description taken apart again: what {@link #describe} wrote, field by field. */
    public record Sections(String definition, String whenToUse, String whenNotToUse, String examples,
            List<AttributeField> attributes) {
    }

    /**
     * Reads a description into its labelled paragraphs ("Use when: ", "Do not use when: ", "Examples: ",
     * "Attributes: "); a paragraph without a label continues the one before, and an "Attributes" paragraph that does
     * not read as attributes (another tool's own prose) stays text.
     */
    public static Sections sections(String description) {
        Map<String, StringBuilder> parts = new java.util.LinkedHashMap<>();
        List<AttributeField> attributes = new ArrayList<>();
        String current = "";
        if (description != null) {
            for (String paragraph : description.strip().split("\\n\\s*\\n")) {
                String text = paragraph.strip();
                String label = java.util.stream.Stream.of(USE_WHEN, DO_NOT_USE_WHEN, EXAMPLES, ATTRIBUTES)
                        .filter(text::startsWith).findFirst().orElse(null);
                if (ATTRIBUTES.equals(label)) {
                    List<AttributeField> read = attributesIn(text.substring(ATTRIBUTES.length()));
                    if (read != null) {
                        attributes.addAll(read);
                        continue;
                    }
                    label = null;
                }
                if (label != null) {
                    current = label;
                    text = text.substring(label.length()).strip();
                }
                StringBuilder part = parts.computeIfAbsent(current, k -> new StringBuilder());
                part.append(part.length() > 0 ? "\n\n" : "").append(text);
            }
        }
        return new Sections(part(parts, ""), part(parts, USE_WHEN), part(parts, DO_NOT_USE_WHEN),
                part(parts, EXAMPLES), List.copyOf(attributes));
    }

    private static List<AttributeField> attributesIn(String text) {
        try {
            return java.util.Arrays.stream(text.split("; ")).map(AttributeField::parse).toList();
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private static String part(Map<String, StringBuilder> parts, String label) {
        StringBuilder part = parts.get(label);
        return part == null || part.toString().isBlank() ? null : part.toString();
    }

    private static void append(StringBuilder text, String label, String value) {
        if (value != null && !value.isBlank()) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(label == null ? "" : label).append(value);
        }
    }

    /** Reads a .qdc document; refuses anything that is not one, with a reason. */
    public static List<ImportedCode> read(InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<ImportedCode> top = new ArrayList<>();
        Deque<Builder> open = new ArrayDeque<>();
        boolean sawCodeBook = false;
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("CodeBook")) {
                        if (!NAMESPACE.equals(xml.getNamespaceURI())) {
                            throw new InvalidInputException("error.codebook.thisIsNotARefi", NAMESPACE);
                        }
                        sawCodeBook = true;
                    } else if (name.equals("Code")) {
                        open.push(new Builder(xml.getAttributeValue(null, "guid"), xml.getAttributeValue(null, "name"),
                                !"false".equals(xml.getAttributeValue(null, "isCodable")),
                                xml.getAttributeValue(null, "color")));
                    } else if (name.equals("Description") && !open.isEmpty()) {
                        open.peek().description = xml.getElementText().strip();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("Code")) {
                    ImportedCode code = open.pop().build();
                    if (open.isEmpty()) {
                        top.add(code);
                    } else {
                        open.peek().children.add(code);
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new InvalidInputException("error.codebook.thisIsNotAReadable2", e.getMessage());
        }
        if (!sawCodeBook) {
            throw new InvalidInputException("error.codebook.thisIsNotARefi2");
        }
        return top;
    }

    private static final class Builder {
        private final String guid;
        private final String name;
        private final boolean codable;
        private final String colour;
        private String description;
        private final List<ImportedCode> children = new ArrayList<>();

        Builder(String guid, String name, boolean codable, String colour) {
            this.guid = guid;
            this.name = name;
            this.codable = codable;
            this.colour = colour;
            this.description = null;
        }

        ImportedCode build() {
            return ImportedCode.of(guid, name, codable, colour, description, children);
        }
    }

    private static String expandColour(String colour) {
        if (colour == null || !colour.matches("#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?")) {
            return null;
        }
        if (colour.length() == 4) {
            return ("#" + colour.charAt(1) + colour.charAt(1) + colour.charAt(2) + colour.charAt(2)
                    + colour.charAt(3) + colour.charAt(3)).toLowerCase();
        }
        return colour.toLowerCase();
    }

    /** The encoding every .qdc file Concordia writes uses. */
    public static final java.nio.charset.Charset CHARSET = StandardCharsets.UTF_8;
}
