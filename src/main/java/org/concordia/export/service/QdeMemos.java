package org.concordia.export.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.concordia.codebook.service.RefiQdaCodebook;
import org.concordia.export.service.QdeProject.Note;
import org.concordia.export.service.QdeProject.Selection;
import org.concordia.export.service.QdeProject.Source;
import org.concordia.platform.text.PlainText;

/**
 * Where the memos of another tool's project go in Concordia. A REFI-QDA project keeps memos as descriptions of
 * what they are about and as notes that a code, a source or a selection refers to, or that stand alone: a
 * selection's become the memo of its codings (a memo the tool keeps on an uncoded selection of the same span
 * too), a source's the document's notes, a code's its claim type's description, and notes nothing refers to the
 * project's description. Text other programs wrote is made plain (control characters out) and, where a field is
 * shorter, shortened, which {@link #shortened()} counts so that the import can say so.
 */
final class QdeMemos {

    /** The longest memo a coding keeps, and the longest notes of a document. */
    static final int MAX_MEMO = 4000;

    private final QdeProject file;
    private final QdpxArchive archive;
    private int shortened;

    QdeMemos(QdeProject file, QdpxArchive archive) {
        this.file = file;
        this.archive = archive;
    }

    /** A memo of a selection: its description and the notes it refers to; null when it has neither. */
    String of(String description, List<String> noteRefs) {
        return PlainText.cleanedText(joined(description, notesText(noteRefs)));
    }

    /** The memos of a source's selections that carry no coding, by span ({@code [start, end]}). */
    Map<List<Integer>, String> ofUncodedSelections(Source source) {
        Map<List<Integer>, String> memos = new LinkedHashMap<>();
        for (Selection selection : source.selections()) {
            String memo = of(selection.description(), selection.noteRefs());
            if (selection.codings().isEmpty() && memo != null) {
                memos.merge(List.of(selection.start(), selection.end()), memo, QdeMemos::joined);
            }
        }
        return memos;
    }

    /** What a document's notes field gets: the source's description and the notes it refers to. */
    String documentNotes(Source source) {
        return PlainText.cleanedText(joined(source.description(), notesText(source.noteRefs())));
    }

    /** A code whose notes (memos on a code) are added to its description, with its sub-codes likewise. */
    RefiQdaCodebook.ImportedCode withNotes(RefiQdaCodebook.ImportedCode code) {
        String description = joined(code.description(), notesText(file.codeNotes().getOrDefault(code.guid(),
                file.codeNotes().getOrDefault(code.guid().toUpperCase(Locale.ROOT), List.of()))));
        return RefiQdaCodebook.ImportedCode.of(code.guid(), PlainText.cleanedLine(code.name()), code.codable(),
                code.colour(), PlainText.cleanedText(description),
                code.children().stream().map(this::withNotes).toList());
    }

    /**
     * The project's own description followed by the notes nothing refers to (the project's memos), as many as
     * {@code max} characters hold; each note that does not fit is handed to {@code leftOut} by its name.
     */
    String descriptionWithProjectNotes(String own, int max, Consumer<String> leftOut) {
        Set<String> referred = referredNotes();
        StringBuilder description = new StringBuilder(own);
        for (Note note : file.notes().values()) {
            if (referred.contains(RefiQdaProjectImport.normalGuid(note.guid()))) {
                continue;
            }
            String text = PlainText.cleanedText(noteText(note));
            if (text.isBlank()) {
                continue;
            }
            if (description.length() + 2 + text.length() <= max) {
                description.append("\n\n").append(text);
            } else {
                leftOut.accept(note.name() == null ? note.guid() : note.name());
            }
        }
        return description.toString();
    }

    /** A memo as a coding or a document keeps it: at most {@link #MAX_MEMO} characters, else shortened. */
    String kept(String memo) {
        if (memo == null || memo.length() <= MAX_MEMO) {
            return memo;
        }
        shortened++;
        return memo.substring(0, MAX_MEMO - 1).strip() + "\u2026";
    }

    /** How many memos {@link #kept} shortened. */
    int shortened() {
        return shortened;
    }

    /** The text of the notes named, each under its name. */
    private String notesText(List<String> refs) {
        List<String> texts = new ArrayList<>();
        for (String ref : refs) {
            Note note = noteOf(ref);
            if (note != null) {
                texts.add(noteText(note));
            }
        }
        return texts.isEmpty() ? null : String.join("\n\n", texts);
    }

    private Note noteOf(String ref) {
        Note note = file.notes().get(ref);
        if (note != null || ref == null) {
            return note;
        }
        String wanted = RefiQdaProjectImport.normalGuid(ref);
        return file.notes().values().stream().filter(n -> wanted.equals(RefiQdaProjectImport.normalGuid(n.guid())))
                .findFirst().orElse(null);
    }

    private String noteText(Note note) {
        String body = note.inlineText() != null ? note.inlineText()
                : archive.text(note.plainTextPath()).orElse(null);
        String title = note.name() == null || note.name().isBlank() ? null : note.name().strip();
        return Stream.of(title, note.description(), body).filter(s -> s != null && !s.isBlank())
                .map(String::strip).collect(Collectors.joining("\n"));
    }

    /** The notes a code, a source or a selection refers to: memos that go with what they are about. */
    private Set<String> referredNotes() {
        Stream<String> refs = Stream.concat(file.codeNotes().values().stream().flatMap(List::stream),
                file.sources().stream().flatMap(source -> Stream.concat(source.noteRefs().stream(),
                        Stream.concat(source.selections().stream().flatMap(s -> s.noteRefs().stream()),
                                source.regions().stream().flatMap(r -> r.noteRefs().stream())))));
        return refs.map(RefiQdaProjectImport::normalGuid).collect(Collectors.toSet());
    }

    /** Two texts one after the other with a blank line between, either alone when the other is empty. */
    static String joined(String first, String second) {
        boolean hasFirst = first != null && !first.isBlank();
        boolean hasSecond = second != null && !second.isBlank();
        if (hasFirst && hasSecond) {
            return first.strip() + "\n\n" + second.strip();
        }
        return hasFirst ? first.strip() : hasSecond ? second.strip() : null;
    }
}
