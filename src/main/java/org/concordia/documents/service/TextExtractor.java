package org.concordia.documents.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.concordia.tenancy.service.NoTenantRoleRequired;
import org.xml.sax.SAXException;

/**
 * Reads the text out of an imported file with Apache Tika: plain text (any common encoding), Markdown, HTML, PDF,
 * Word (.docx) and OpenDocument (.odt). Everything else, and files Tika cannot read, is refused with a reason a
 * person can act on.
 */
@NoTenantRoleRequired("a pure function of the file, called by the importer that checked")
@ApplicationScoped
public class TextExtractor {

    /** The formats Concordia imports, by media type, with the name people know them by. */
    static final Map<String, String> SUPPORTED = Map.of(
            "text/plain", "plain text",
            "text/x-web-markdown", "Markdown",
            "text/markdown", "Markdown",
            "text/html", "HTML",
            "application/xhtml+xml", "HTML",
            "application/pdf", "PDF",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word",
            "application/vnd.oasis.opendocument.text", "OpenDocument",
            "application/rtf", "RTF");

    /** File names that promise a binary document format, and the media type they promise. */
    private static final Map<String, String> PROMISED = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "odt", "application/vnd.oasis.opendocument.text",
            "rtf", "application/rtf");

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("(?m)^#{1,6}\\s+");
    private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("(\\*\\*|__|`)");

    private final AutoDetectParser parser = new AutoDetectParser();

    public ExtractedText extract(String fileName, byte[] content) throws ImportRejected {
        if (content.length == 0) {
            throw new ImportRejected("import.fileIsEmpty");
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        String mediaType = detect(content, metadata);
        String extension = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(
                java.util.Locale.ROOT) : "";
        String promised = PROMISED.get(extension);
        if (promised != null && !promised.equals(mediaType) && !mediaType.equals("application/zip")
                && !mediaType.equals("application/x-tika-ooxml")) {
            throw new ImportRejected("import.namedButIsNot", extension, SUPPORTED.get(promised), mediaType);
        }
        if (!SUPPORTED.containsKey(mediaType)) {
            throw new ImportRejected("import.typeNotImported", mediaType);
        }
        // A web page is decoded as a browser would (its bytes when they are UTF-8, else its BOM or declared
        // charset) and its visible text read with jsoup: Tika's charset guess misreads some valid UTF-8 pages.
        String text = SUPPORTED.get(mediaType).equals("HTML")
                ? WebArticle.visibleText(WebArticle.decode(content))
                : parse(content, metadata, SUPPORTED.get(mediaType));
        if (mediaType.equals("application/rtf")) {
            // Tika ends each RTF paragraph with one line break: RTF has no hard wraps, so each line is a paragraph,
            // which the clean-up reads from the blank lines between them.
            text = text.replaceAll("\\R+", "\n\n");
        }
        if (mediaType.contains("markdown")) {
            text = MARKDOWN_EMPHASIS.matcher(MARKDOWN_HEADING.matcher(text).replaceAll("")).replaceAll("");
        }
        requireReadable(text);
        return new ExtractedText(mediaType, text);
    }

    private String detect(byte[] content, Metadata metadata) throws ImportRejected {
        try (InputStream in = TikaInputStream.get(content)) {
            MediaType type = parser.getDetector().detect(in, metadata);
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new ImportRejected("import.typeNotRecognised");
        }
    }

    private String parse(byte[] content, Metadata metadata, String format) throws ImportRejected {
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (InputStream in = TikaInputStream.get(content)) {
            parser.parse(in, handler, metadata, new ParseContext());
            return handler.toString();
        } catch (EncryptedDocumentException e) {
            throw new ImportRejected("import.passwordProtected", format);
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            throw new ImportRejected("import.damaged", format, rootMessage(e));
        }
    }

    /**
     * Text with many replacement or control characters was decoded with the wrong encoding, or is binary: better
     * refused than imported as gibberish that coders would have to code.
     */
    private static void requireReadable(String text) throws ImportRejected {
        if (text.isBlank()) {
            throw new ImportRejected("import.noTextScanned");
        }
        long unreadable = text.chars()
                .filter(c -> c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
                        && c != '\f'))
                .count();
        if (unreadable > Math.max(3, text.length() / 100)) {
            throw new ImportRejected("import.unreadableEncoding");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 160 ? message.substring(0, 160) + "\u2026" : message;
    }
}
