package org.concordia.documents.model;

import java.io.Serializable;
import java.time.LocalDate;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.text.Phrase;
import org.concordia.platform.text.PlainText;

/** What is known about a source: who wrote it, where and when it appeared. Only the title is required. */
public record DocumentMetadata(String title, String author, String publisher, LocalDate publishedOn, String url,
        SourceType sourceType, String notes) implements Serializable {

    public DocumentMetadata {
        title = trimmed(title, 300, "title");
        if (title == null) {
            throw new InvalidInputException("error.documents.aDocumentNeedsATitle");
        }
        author = trimmed(author, 300, "author");
        publisher = trimmed(publisher, 300, "outlet or publisher");
        url = trimmed(url, 2000, "URL");
        notes = trimmed(notes, 4000, "notes");
        sourceType = sourceType == null ? SourceType.OTHER : sourceType;
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            throw new InvalidInputException("error.documents.theUrlMustStartWith");
        }
    }

    /** Metadata with just a title, for an import that says nothing else. */
    public static DocumentMetadata titled(String title, SourceType type) {
        return new DocumentMetadata(title, null, null, null, null, type, null);
    }

    public DocumentMetadata withTitle(String newTitle) {
        return new DocumentMetadata(newTitle, author, publisher, publishedOn, url, sourceType, notes);
    }

    private static String trimmed(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = field.equals("notes") ? PlainText.text(value.strip(), "the " + field)
                : PlainText.line(value.strip(), "the " + field);
        if (stripped.length() > max) {
            throw new InvalidInputException("error.documents.theCanHaveAtMost", Phrase.capitalised("the " + field),
                    max);
        }
        return stripped;
    }
}
