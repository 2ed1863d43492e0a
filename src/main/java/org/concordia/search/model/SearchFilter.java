package org.concordia.search.model;

import java.io.Serializable;
import java.time.LocalDate;
import org.concordia.consensus.model.ConsensusState;
import org.concordia.documents.model.DocumentMetadata;
import org.concordia.documents.model.SourceType;

/**
 * Which passages a search looks in. Of documents: one outlet, one source type, published between two days (either
 * end open), one language (as the search index found it). Of passages: coded with a claim type (or one below it), by
 * one coder, with an attribute of that value; in one consensus state; with gold codings only, which the claim type
 * and attribute then apply to. Nulls (and false) mean "any". Built from {@link #none()} with the {@code with}
 * methods: {@code SearchFilter.none().withOutlet("Gulf Review").withClaimType(7L)}.
 *
 * @param attribute      an attribute's name; with {@code attributeValue}, passages with a coding whose attribute has
 *                       that value (case, accents and an entity's other names aside)
 * @param language       an ISO 639-1 code, "en", "ar"
 */
public record SearchFilter(String outlet, SourceType sourceType, LocalDate publishedFrom, LocalDate publishedTo,
        String language, Long claimTypeId, String coder, String attribute, String attributeValue,
        ConsensusState state, boolean goldOnly) implements Serializable {

    public SearchFilter {
        outlet = blankIsNull(outlet);
        language = blankIsNull(language);
        coder = blankIsNull(coder);
        attribute = blankIsNull(attribute);
        attributeValue = blankIsNull(attributeValue);
        if (attribute == null || attributeValue == null) {
            attribute = null;
            attributeValue = null;
        }
    }

    public static SearchFilter none() {
        return new SearchFilter(null, null, null, null, null, null, null, null, null, null, false);
    }

    public SearchFilter withOutlet(String anOutlet) {
        return new SearchFilter(anOutlet, sourceType, publishedFrom, publishedTo, language, claimTypeId, coder,
                attribute, attributeValue, state, goldOnly);
    }

    public SearchFilter withSourceType(SourceType aType) {
        return new SearchFilter(outlet, aType, publishedFrom, publishedTo, language, claimTypeId, coder, attribute,
                attributeValue, state, goldOnly);
    }

    /** Documents published from {@code from} to {@code to}, both included; either may be null. */
    public SearchFilter withPublished(LocalDate from, LocalDate to) {
        return new SearchFilter(outlet, sourceType, from, to, language, claimTypeId, coder, attribute,
                attributeValue, state, goldOnly);
    }

    public SearchFilter withLanguage(String aLanguage) {
        return new SearchFilter(outlet, sourceType, publishedFrom, publishedTo, aLanguage, claimTypeId, coder,
                attribute, attributeValue, state, goldOnly);
    }

    public SearchFilter withClaimType(Long aClaimTypeId) {
        return new SearchFilter(outlet, sourceType, publishedFrom, publishedTo, language, aClaimTypeId, coder,
                attribute, attributeValue, state, goldOnly);
    }

    public SearchFilter withCoder(String aCoder) {
        return new SearchFilter(outlet, sourceType, publishedFrom, publishedTo, language, claimTypeId, aCoder,
                attribute, attributeValue, state, goldOnly);
    }

    public SearchFilter withAttribute(String name, String value) {
        return new SearchFilter(outlet, sourceType, publishedFrom, publishedTo, language, claimTypeId, coder, name,
                value, state, goldOnly);
    }

    public SearchFilter withState(ConsensusState aState) {
        return new SearchFilter(outlet, sourceType, publishedFrom, publishedTo, language, claimTypeId, coder,
                attribute, attributeValue, aState, goldOnly);
    }

    public SearchFilter withGoldOnly(boolean onlyGold) {
        return new SearchFilter(outlet, sourceType, publishedFrom, publishedTo, language, claimTypeId, coder,
                attribute, attributeValue, state, onlyGold);
    }

    /** The same filter without what only supervisors may filter by: another's codings, states, the gold standard. */
    public SearchFilter forCoder() {
        return new SearchFilter(outlet, sourceType, publishedFrom, publishedTo, language, claimTypeId, null,
                attribute, attributeValue, null, false);
    }

    /**
     * Whether a document with this metadata and language (null: not known) is searched. A date range leaves out
     * documents without a date, a language those whose language is not known.
     */
    public boolean accepts(DocumentMetadata metadata, String documentLanguage) {
        LocalDate date = metadata.publishedOn();
        return (outlet == null || outlet.equals(metadata.publisher()))
                && (sourceType == null || sourceType == metadata.sourceType())
                && (publishedFrom == null || date != null && !date.isBefore(publishedFrom))
                && (publishedTo == null || date != null && !date.isAfter(publishedTo))
                && (language == null || language.equals(documentLanguage));
    }

    /** Whether the search keeps only passages with codings: of a claim type, by a coder, with a value, gold. */
    public boolean byCoding() {
        return claimTypeId != null || coder != null || attribute != null || goldOnly;
    }

    public boolean isEmpty() {
        return outlet == null && sourceType == null && publishedFrom == null && publishedTo == null
                && language == null && !byCoding() && state == null;
    }

    private static String blankIsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
