package org.concordia.export.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.concordia.codebook.service.RefiQdaCodebook;

/**
 * What a REFI-QDA {@code project.qde} says, as {@link QdeReader} read it: records only, no behaviour, so that the
 * import decides what becomes of each part and can say what it left out.
 *
 * @param users user GUID to the user's name, for the coder of each coding
 * @param codes the codebook, codes with their sub-codes
 * @param sources the text and PDF sources, in the file's order
 * @param notes every note of the project by GUID (memos: attached by a {@code NoteRef} or free-standing)
 * @param sets named groups of sources (and codes and notes)
 * @param cases cases with their variable values and the sources they cover
 * @param variables variable GUID to its name
 * @param others parts Concordia does not import (pictures, audio, video, links, graphs), by kind and how many
 */
record QdeProject(String name, String origin, Map<String, String> users, List<RefiQdaCodebook.ImportedCode> codes,
        Map<String, List<String>> codeNotes, List<Source> sources, Map<String, Note> notes, List<Group> sets,
        List<Case> cases, Map<String, String> variables, Map<OtherPart, Integer> others) {

    /** The kinds of source Concordia reads text from. */
    enum SourceKind { TEXT, PDF }

    /** What the standard holds that has no place in Concordia, counted so that the import can say so. */
    enum OtherPart { PICTURE_SOURCES, AUDIO_SOURCES, VIDEO_SOURCES, MEDIA_SELECTIONS, LINKS, GRAPHS }

    /**
     * A text source, or a PDF source with the text its tool extracted ({@code Representation}).
     *
     * @param file where the original file lies ({@code richTextPath} of a text source, {@code path} of a PDF)
     * @param plainTextPath where the tool's plain text lies, which selection offsets count in
     * @param inlineText the plain text given in the .qde itself ({@code PlainTextContent})
     * @param selections spans of the plain text, in code points, end exclusive
     * @param regions selections of PDF pages by rectangle, with the text the tool saw there when it said
     */
    record Source(SourceKind kind, String guid, String name, String file, String plainTextPath, String inlineText,
            String description, List<String> noteRefs, List<VariableValue> values, List<Selection> selections,
            List<Region> regions) {
    }

    /** A span of a source's plain text with what was coded on it and what was noted about it. */
    record Selection(String guid, String name, int start, int end, String user, Instant created, String description,
            List<Applied> codings, List<String> noteRefs) {
    }

    /** A rectangle of a PDF page, with its text when the tool wrote it down. */
    record Region(String guid, String name, int page, String text, String user, Instant created, String description,
            List<Applied> codings, List<String> noteRefs) {
    }

    /** One code applied to a selection, by whom and when (the selection's user and time when the coding has none). */
    record Applied(String code, String user, Instant created) {
    }

    /** A note: a memo about the project or about what refers to it. */
    record Note(String guid, String name, String plainTextPath, String inlineText, String description) {
    }

    /** A set: sources (and codes, notes) grouped under a name. */
    record Group(String guid, String name, String description, List<String> sources, int codes, int notes) {
    }

    /** A case: a unit of analysis with variable values, covering some sources. */
    record Case(String guid, String name, String description, List<VariableValue> values, List<String> sources) {
    }

    /** The value of a variable (by its GUID) for a source or a case, as text. */
    record VariableValue(String variable, String value) {
    }
}
