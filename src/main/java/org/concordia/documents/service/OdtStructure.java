package org.concordia.documents.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.concordia.documents.model.CleanupKind;
import org.concordia.documents.model.PassageKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * An OpenDocument text (.odt) read from its document model (content.xml), not from flattened text: headings are
 * {@code text:h} or paragraphs in a heading or title style, list items are {@code text:list-item}, table cells and
 * text boxes are paragraphs, footnotes and endnotes ({@code text:note}) become notes after the text with their
 * citation marks taken out and recorded; a table of contents and the file's review comments are set apart and
 * recorded; tracked deletions are not text.
 */
final class OdtStructure {

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    /** content.xml larger than this when inflated is not read (the text is then cleaned without structure). */
    private static final long MAX_XML_BYTES = 128L * 1024 * 1024;

    private final CleanupLog log;
    private final Map<String, Element> styles = new HashMap<>();
    private final List<SourceBlock> blocks = new ArrayList<>();
    private final List<SourceBlock> notes = new ArrayList<>();

    private OdtStructure(CleanupLog log) {
        this.log = log;
    }

    static List<SourceBlock> read(byte[] odt, CleanupLog log) throws IOException {
        Map<String, Document> parts = parts(odt);
        Document content = parts.get("content.xml");
        if (content == null) {
            throw new IOException("no content.xml: not an OpenDocument text");
        }
        OdtStructure reader = new OdtStructure(log);
        if (parts.containsKey("styles.xml")) {
            reader.collectStyles(parts.get("styles.xml").getDocumentElement());
        }
        reader.collectStyles(content.getDocumentElement());
        Element body = first(content.getDocumentElement(), OFFICE, "body");
        Element text = body == null ? null : first(body, OFFICE, "text");
        if (text == null) {
            throw new IOException("no office:text: not an OpenDocument text");
        }
        reader.walk(text, false);
        List<SourceBlock> all = new ArrayList<>(reader.blocks);
        all.addAll(reader.notes);
        return all;
    }

    /** Block-level content: paragraphs, headings, lists, tables, sections. */
    private void walk(Element parent, boolean inList) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element element)) {
                continue;
            }
            String ns = element.getNamespaceURI();
            String name = element.getLocalName();
            if (TEXT.equals(ns) && name.equals("h")) {
                paragraph(element, PassageKind.HEADING);
            } else if (TEXT.equals(ns) && name.equals("p")) {
                paragraph(element, inList ? PassageKind.BULLET : kindOfStyle(element));
            } else if (TEXT.equals(ns) && (name.equals("list-item") || name.equals("list-header")
                    || name.equals("list"))) {
                walk(element, true);
            } else if (TEXT.equals(ns) && (name.equals("tracked-changes") || name.equals("sequence-decls")
                    || name.equals("variable-decls") || name.equals("user-field-decls"))) {
                continue; // declarations, and the text of tracked deletions: not the document's text
            } else if (TEXT.equals(ns) && (name.equals("table-of-content") || name.equals("alphabetical-index")
                    || name.equals("illustration-index") || name.equals("table-index"))) {
                index(element);
            } else if (TEXT.equals(ns) && name.equals("bibliography")) {
                bibliography(element);
            } else if (OFFICE.equals(ns) && name.equals("annotation")) {
                annotation(element);
            } else {
                walk(element, inList); // sections, tables, rows, cells, index bodies, text boxes
            }
        }
    }

    private void paragraph(Element paragraph, PassageKind kind) {
        StringBuilder text = new StringBuilder();
        List<Element> boxes = new ArrayList<>();
        inline(paragraph, text, boxes);
        String content = text.toString().replaceAll("[ \\t\\u00A0]+", " ").strip();
        if (!content.isEmpty()) {
            blocks.add(new SourceBlock(kind, content, 0));
        }
        boxes.forEach(box -> walk(box, false)); // captions and text boxes anchored in the paragraph, after it
    }

    /** Inline content: text, spaces, tabs, breaks, spans and links; notes and frames are taken out. */
    private void inline(Element parent, StringBuilder text, List<Element> boxes) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(node.getNodeValue());
                continue;
            }
            if (!(node instanceof Element element)) {
                continue;
            }
            String ns = element.getNamespaceURI();
            String name = element.getLocalName();
            if (TEXT.equals(ns) && name.equals("s")) {
                text.append(" ".repeat(Math.max(1, Math.min(100, intAttribute(element, "c")))));
            } else if (TEXT.equals(ns) && (name.equals("tab") || name.equals("line-break"))) {
                text.append(' ');
            } else if (TEXT.equals(ns) && name.equals("note")) {
                note(element, text);
            } else if (OFFICE.equals(ns) && name.equals("annotation")) {
                annotation(element);
            } else if (OFFICE.equals(ns) && name.equals("annotation-end")) {
                continue;
            } else if (DRAW.equals(ns)) {
                boxes.add(element);
            } else {
                inline(element, text, boxes); // span, a, bookmark, ruby, change marks, soft page breaks
            }
        }
    }

    private void note(Element note, StringBuilder text) {
        Element citation = first(note, TEXT, "note-citation");
        Element body = first(note, TEXT, "note-body");
        String mark = citation == null ? "" : citation.getTextContent().strip();
        String what = "endnote".equals(note.getAttributeNS(TEXT, "note-class")) ? "endnote" : "footnote";
        String context = tail(text) + "[" + mark + "]";
        if (!log.decide(CleanupKind.NOTE_MARKER, context, "the reference mark of " + what + " " + mark, 0)) {
            text.append(mark);
        }
        if (body == null) {
            return;
        }
        String content = body.getTextContent().replaceAll("\\s+", " ").strip();
        if (!content.isEmpty()) {
            String numbered = mark.isEmpty() ? content : mark + " " + content;
            log.note(CleanupKind.NOTE, numbered, "the document's " + what + " " + mark, 0);
            notes.add(new SourceBlock(PassageKind.NOTE, numbered, 0));
        }
    }

    /** A generated index (table of contents): it repeats the headings, so it is set apart unless restored. */
    private void index(Element index) {
        for (SourceBlock entry : entriesOf(index)) {
            if (!log.decide(CleanupKind.BOILERPLATE, entry.text(), "an entry of the document's generated index"
                    + " (table of contents), which repeats its headings", 0)) {
                blocks.add(new SourceBlock(PassageKind.PARAGRAPH, entry.text(), 0));
            }
        }
    }

    /** A generated bibliography: its entries are references, notes after the text. */
    private void bibliography(Element index) {
        for (SourceBlock entry : entriesOf(index)) {
            log.note(CleanupKind.NOTE, entry.text(), "an entry of the document's bibliography", 0);
            notes.add(new SourceBlock(PassageKind.NOTE, entry.text(), 0));
        }
    }

    /** The paragraphs of a generated index's body, read as any block content but kept out of the text. */
    private List<SourceBlock> entriesOf(Element index) {
        Element body = first(index, TEXT, "index-body");
        if (body == null) {
            return List.of();
        }
        int before = blocks.size();
        walk(body, false);
        List<SourceBlock> entries = new ArrayList<>(blocks.subList(before, blocks.size()));
        blocks.subList(before, blocks.size()).clear();
        return entries;
    }

    /** A reviewer's comment kept in the file: not the author's text, set apart as a note unless restored. */
    private void annotation(Element annotation) {
        Element creator = first(annotation, "http://purl.org/dc/elements/1.1/", "creator");
        StringBuilder text = new StringBuilder();
        for (Node node = annotation.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element p && TEXT.equals(p.getNamespaceURI())) {
                text.append(' ').append(p.getTextContent());
            }
        }
        String content = text.toString().replaceAll("\\s+", " ").strip();
        if (content.isEmpty()) {
            return;
        }
        String who = creator == null || creator.getTextContent().isBlank() ? "" : " by " + creator.getTextContent().strip();
        if (log.decide(CleanupKind.BOILERPLATE, content, "a review comment in the file" + who
                + ", not the document's text", 0)) {
            return;
        }
        notes.add(new SourceBlock(PassageKind.NOTE, content, 0));
    }

    /** Heading when the paragraph's style, or a style it inherits from, is a heading, title or subtitle. */
    private PassageKind kindOfStyle(Element paragraph) {
        String style = paragraph.getAttributeNS(TEXT, "style-name");
        for (int depth = 0; depth < 10 && !style.isEmpty(); depth++) {
            String name = style.toLowerCase(Locale.ROOT).replace("_20_", "").replace(" ", "");
            Element definition = styles.get(style);
            String display = definition == null ? "" : definition.getAttributeNS(STYLE, "display-name")
                    .toLowerCase(Locale.ROOT).replace(" ", "");
            if (name.startsWith("heading") || name.equals("title") || name.equals("subtitle")
                    || display.startsWith("heading") || display.equals("title") || display.equals("subtitle")
                    || definition != null && !definition.getAttributeNS(STYLE, "default-outline-level").isEmpty()) {
                return PassageKind.HEADING;
            }
            style = definition == null ? "" : definition.getAttributeNS(STYLE, "parent-style-name");
        }
        return PassageKind.PARAGRAPH;
    }

    private void collectStyles(Element root) {
        var list = root.getElementsByTagNameNS(STYLE, "style");
        for (int i = 0; i < list.getLength(); i++) {
            Element style = (Element) list.item(i);
            String family = style.getAttributeNS(STYLE, "family");
            if (family.isEmpty() || family.equals("paragraph")) {
                styles.put(style.getAttributeNS(STYLE, "name"), style);
            }
        }
    }

    private static Map<String, Document> parts(byte[] odt) throws IOException {
        Map<String, Document> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(odt))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("content.xml") || entry.getName().equals("styles.xml")) {
                    parts.put(entry.getName(), parse(bounded(zip)));
                }
            }
        }
        return parts;
    }

    private static byte[] bounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > MAX_XML_BYTES) {
                throw new IOException("content.xml is larger than " + MAX_XML_BYTES + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Parsed namespace-aware, with no DTDs or external entities (a file is hostile until shown otherwise). */
    private static Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static Element first(Element parent, String ns, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && ns.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    private static int intAttribute(Element element, String name) {
        try {
            return Integer.parseInt(element.getAttributeNS(TEXT, name));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String tail(CharSequence text) {
        String s = text.toString().replaceAll("\\s+", " ");
        return s.length() <= 24 ? s : s.substring(s.length() - 24);
    }
}
