package org.concordia.search.model;

import java.io.Serializable;
import java.time.LocalDate;
import org.concordia.documents.model.DocumentMetadata;
import org.concordia.documents.model.SourceType;

/**
 * Which passages a search looks in: documents of one outlet, of one source type, published between two days
 * (either end open), and passages coded with a claim type (or one below it), by one coder if named. Nulls mean
 * "any".
 */
public record SearchFilter(String outlet, SourceType sourceType, LocalDate publishedFrom, LocalDate publishedTo,
        Long claimTypeId, String coder) implements Serializable {

    public SearchFilter {
        outlet = blankIsNull(outlet);
        coder = blankIsNull(coder);
    }

    public static SearchFilter none() {
        return new SearchFilter(null, null, null, null, null, null);
    }

    /** Whether a document with this metadata is searched. A date range leaves out documents without a date. */
    public boolean accepts(DocumentMetadata metadata) {
        LocalDate date = metadata.publishedOn();
        return (outlet == null || outlet.equals(metadata.publisher()))
                && (sourceType == null || sourceType == metadata.sourceType())
                && (publishedFrom == null || date != null && !date.isBefore(publishedFrom))
                && (publishedTo == null || date != null && !date.isAfter(publishedTo));
    }

    /** Whether the search keeps only passages with codings of a claim type. */
    public boolean byCoding() {
        return claimTypeId != null || coder != null;
    }

    public boolean isEmpty() {
        return outlet == null && sourceType == null && publishedFrom == null && publishedTo == null && !byCoding();
    }

    private static String blankIsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
