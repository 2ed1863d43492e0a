package org.concordia.documents.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordia.documents.model.CleanupKind;
import org.concordia.documents.model.PassageKind;

/**
 * Footnote markers taken out of the codable text, each recorded: superscript numbers, the signs OCR makes of them
 * (® ™ † ‡), and plain numbers stuck to a word or its punctuation ("Iraq.12") where a note of that number exists.
 */
final class NoteMarkers {

    private static final Pattern SUPERSCRIPT = Pattern.compile(
            "(?<=[\\p{L}\\p{Nd}.,;:)\"\\u201D\\u2019])([\\u00B9\\u00B2\\u00B3\\u2070-\\u2079]+|[\\u00AE\\u2122\\u2020\\u2021]+)"
                    + "(?=[\\s.,;:)]|$)");
    private static final Pattern STUCK_NUMBER = Pattern.compile(
            "(?<=[\\p{Ll}.,;:)\"\\u201D\\u2019])(\\p{Nd}{1,3})(?=\\s|$)");
    private static final Pattern NOTE_NUMBER = Pattern.compile("^(\\p{Nd}{1,3})\\b");
    private static final int CONTEXT = 24;

    private NoteMarkers() {
    }

    static List<SourceBlock> removeFrom(List<SourceBlock> body, List<SourceBlock> notes, CleanupLog log) {
        Set<String> numbers = new HashSet<>();
        for (SourceBlock note : notes) {
            Matcher number = NOTE_NUMBER.matcher(note.text());
            if (number.find()) {
                numbers.add(number.group(1));
            }
        }
        long signs = body.stream().mapToLong(b -> SUPERSCRIPT.matcher(b.text()).results().count()).sum();
        boolean signsAreMarkers = !notes.isEmpty() || signs >= 3;
        List<SourceBlock> out = new ArrayList<>(body.size());
        for (SourceBlock block : body) {
            if (block.kind() == PassageKind.HEADING) {
                out.add(block);
                continue;
            }
            String text = block.text();
            if (signsAreMarkers) {
                text = remove(text, SUPERSCRIPT, null, log, block.page());
            }
            if (!numbers.isEmpty()) {
                text = remove(text, STUCK_NUMBER, numbers, log, block.page());
            }
            out.add(block.withText(text));
        }
        return out;
    }

    private static String remove(String text, Pattern marker, Set<String> only, CleanupLog log, int page) {
        Matcher m = marker.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            if (only != null && !only.contains(m.group(1))) {
                continue;
            }
            String context = text.substring(Math.max(0, m.start() - CONTEXT), m.start()) + "[" + m.group(1) + "]"
                    + text.substring(m.end(), Math.min(text.length(), m.end() + 8));
            if (log.decide(CleanupKind.NOTE_MARKER, context, only == null
                    ? "a footnote sign after a word" : "the number of note " + m.group(1) + ", stuck to the word",
                    page)) {
                out.append(text, last, m.start());
                last = m.end();
            }
        }
        out.append(text.substring(last));
        return out.toString();
    }
}
