package org.concordia.export.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.coding.model.CodingView;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.service.DocumentService;

/**
 * A REFI-QDA project (.qdpx, REFI-QDA 1.5): a zip holding {@code project.qde} (namespace urn:QDA-XML:project:1.0)
 * with the users, the codebook, and one TextSource per document whose PlainTextSelections carry the codings
 * (code points of the cleaned text, end exclusive), and {@code sources/<guid>.txt}, each document's cleaned text.
 * Attributes and memos go into each selection's Description. GUIDs are derived from ids, so exporting twice gives
 * the same GUIDs; claim types keep the GUIDs of the codebook. Opens in ATLAS.ti, MAXQDA, NVivo and QualCoder.
 */
@ApplicationScoped
public class RefiQdaProjectFormat implements ExportFormatSupport {

    static final String NAMESPACE = "urn:QDA-XML:project:1.0";

    @Inject
    DocumentService documentService;

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
            xml.writeStartElement("Sources");
            for (DocumentSummary document : documents) {
                writeSource(xml, source, document, progress);
            }
            xml.writeEndElement();
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
        zip.finish();
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
        if (type.draft().definition() != null && !type.draft().definition().isBlank()) {
            xml.writeStartElement("Description");
            xml.writeCharacters(type.draft().definition());
            xml.writeEndElement();
        }
        for (ClaimTypeView child : all.stream().filter(t -> Long.valueOf(type.id()).equals(t.parentId())).toList()) {
            writeCode(xml, child, all);
        }
        xml.writeEndElement();
    }

    private static void writeSource(XMLStreamWriter xml, ExportSource source, DocumentSummary document,
            ExportProgress progress) throws XMLStreamException {
        String guid = guid("document", Long.toString(document.id()));
        xml.writeStartElement("TextSource");
        xml.writeAttribute("guid", guid);
        xml.writeAttribute("name", document.title());
        xml.writeAttribute("plainTextPath", "internal://" + guid + ".txt");
        xml.writeAttribute("creationDateTime", document.importedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        List<CodingView> codings = new ArrayList<>();
        source.forEachCodingOf(document.id(), codings::add);
        for (CodingView coding : codings) {
            xml.writeStartElement("PlainTextSelection");
            xml.writeAttribute("guid", guid("selection", Long.toString(coding.id())));
            xml.writeAttribute("startPosition", Integer.toString(coding.start()));
            xml.writeAttribute("endPosition", Integer.toString(coding.end()));
            xml.writeAttribute("creatingUser", guid("user", coding.coder()));
            xml.writeAttribute("creationDateTime", coding.createdAt().truncatedTo(ChronoUnit.SECONDS).toString());
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
