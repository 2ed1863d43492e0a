package org.concordia.export.model;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.util.List;
import org.concordia.platform.text.Explanation;

/**
 * A kind of thing a project from another tool holds that the import did not bring in, how many, and some of their
 * names: what the import page and the API's answer list, so that nothing is dropped without a word.
 *
 * @param description the same in English (what the API says)
 * @param explanation in any language, for pages
 */
public record LeftOut(Kind kind, int count, List<String> examples, String description,
        @JsonbTransient Explanation explanation) implements Serializable {

    /** The most names an entry lists. */
    public static final int EXAMPLES = 5;

    /** What was left out; each has a sentence {@code import.leftOut.<KIND>} with the count in both languages. */
    public enum Kind {
        /** Images, and the regions of them that were coded: Concordia codes text. */
        PICTURE_SOURCES,
        AUDIO_SOURCES,
        VIDEO_SOURCES,
        MEDIA_SELECTIONS,
        /** A source whose file the archive does not hold (linked from the other computer's disk). */
        SOURCES_WITHOUT_TEXT,
        /** A source whose file the document import refused: the reason is among the examples. */
        SOURCES_REFUSED,
        /** A selection whose words are not in the imported text (a header the clean-up removed, say). */
        SELECTIONS_NOT_FOUND,
        /** A rectangle of a PDF page without the text it covers, so that it cannot be found in the text. */
        PDF_REGIONS_WITHOUT_TEXT,
        /** A memo on a span nobody coded: Concordia keeps memos with codings. */
        MEMOS_ON_UNCODED_SELECTIONS,
        /** Notes no source, code or selection refers to, beyond what the project's description holds. */
        PROJECT_NOTES,
        LINKS,
        GRAPHS,
        /** Sets that group codes or notes: Concordia groups documents (sets of sources become document groups). */
        SETS_OF_CODES_OR_NOTES,
        /** Cases that cover no imported source (cases of sources become document groups with variables). */
        CASES,
        /** Assignments of coders who are not members of the tenant the backup is restored into. */
        ASSIGNMENTS_OF_NON_MEMBERS,
        /** Verdicts on claims the archive does not hold (a backup of some documents or claim types only). */
        VERDICTS_WITHOUT_THEIR_CLAIMS;

        /** The key of the sentence that says how many were left out: {@code import.leftOut.<KIND>}, count in {0}. */
        public String sentenceKey() {
            return "import.leftOut." + name();
        }
    }

    public static LeftOut of(Kind kind, int count, List<String> examples) {
        Explanation explanation = Explanation.of(kind.sentenceKey(), count);
        List<String> some = examples.stream().distinct().limit(EXAMPLES).toList();
        return new LeftOut(kind, count, some, explanation.english(), explanation);
    }
}
