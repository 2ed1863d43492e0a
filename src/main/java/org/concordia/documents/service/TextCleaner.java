package org.concordia.documents.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.concordia.documents.model.CleanedText;
import org.concordia.documents.model.CleanupChoices;
import org.concordia.documents.model.CleanupKind;
import org.concordia.documents.model.PassageKind;

/**
 * Turns text without layout (plain text, text copied from a PDF or an OCR engine, Markdown) into clean passages,
 * deciding from the document's own statistics: the width it was hard-wrapped at, which short lines repeat from page
 * to page (running headers and footers, page numbers in any digit system or misread by OCR), where a sentence goes
 * on across a page break, which blocks are notes and references. Headings stay headings, each list item is a
 * passage; every line removed and every join is recorded in the {@link CleanupLog}, and can be undone.
 *
 * <p>Pure: the same input and choices always give the same passages, which anchored codings rely on.
 */
public final class TextCleaner {

    /**
     * A list item: a bullet sign, or a number or letter with a dot or parenthesis. Dashes are not bullets: in
     * hard-wrapped text a line often starts with a parenthetical dash.
     */
    private static final Pattern BULLET = Pattern.compile(
            "^(?:[-\\u2022\\u25AA\\u25E6\\u2023\\u2043\\u00B7*]|\\(?(?:\\p{Nd}{1,2}|[a-z])[.)])\\s+(.*)$");
    /** "Page 3", "- 12 -", "4 of 9", in any digit system (Latin, Arabic-Indic, Persian, Devanagari ...). */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:(?:page|p\\.|seite|pagina|página|صفحه|صفحة)\\s*)?[-\\u2013\\u2014(\\[|]?\\s*\\p{Nd}{1,4}\\s*"
                    + "[-\\u2013\\u2014)\\]|]?(?:\\s*(?:of|/|von|de|از|من)\\s*\\p{Nd}{1,4})?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Characters OCR engines read digits as (l and I for 1, O for 0, S for 5, B for 8 ...). */
    private static final Pattern OCR_NUMBER = Pattern.compile("^[-\\u2013(\\[]?\\s*[\\p{Nd}lIi|!OoSsBZzgq]{1,4}"
            + "\\s*[-\\u2013)\\]]?$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"'\\u201D\\u2019)\\]\\u061F\\u06D4]$");
    private static final Pattern ODD_SPACES = Pattern.compile("[\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000\\t]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u2060\\uFEFF\\u00AD]");
    private static final String BULLET_MARK = "\u0000bullet";
    /** Where page furniture was taken out: a page ends here. */
    private static final String PAGE_BREAK = "\u0000page";
    /** "a. ", "b) ": an item's own enumeration, which may start in lower case. */
    private static final Pattern ENUMERATOR = Pattern.compile("^[a-z][.)]\\s");
    /** What a footnote starts with: its number, a superscript number, or the signs OCR makes of them. */
    private static final Pattern NOTE_START = Pattern.compile("^(?:\\p{Nd}{1,3}|[\\u00B9\\u00B2\\u00B3\\u2070-\\u2079]+"
            + "|[\\u00AE\\u2122*\\u2020\\u2021])\\s*\\.?\\s*(\\p{Lu}|\\p{L}+,|https?:)");
    /** A citation: a year (with or without parentheses), pages or a web address, as references have them. */
    private static final Pattern CITATION = Pattern.compile("(?:\\(?(?:1[5-9]|20)\\d\\d[a-z]?\\)?[.,:;)]"
            + "|\\bpp?\\.\\s*\\d|\\bibid\\b|\\bop\\.\\s*cit|\\bet al\\.|https?://|\\bvol\\.\\s*\\d|\\bdoi\\b)",
            Pattern.CASE_INSENSITIVE);
    /** Section names of notes and references, in the languages of the sources Concordia's users code. */
    private static final Pattern NOTES_HEADING = Pattern.compile("^(?:[\\p{Nd}IVX]+\\.?\\s*)?(?:references?|notes?"
            + "|endnotes|footnotes|bibliography|works cited|sources|literature( cited)?|further reading"
            + "|literatur(verzeichnis)?|quellen|anmerkungen|références|bibliographie|notes et références"
            + "|bibliografía|referencias|notas|المراجع|المصادر|الهوامش|منابع|مراجع|پی‌نوشت‌ها|یادداشت‌ها)\\s*:?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A line this short and repeated this often is page furniture (running header or footer). */
    private static final int FURNITURE_MAX_LENGTH = 80;
    private static final int FURNITURE_MIN_REPEATS = 3;
    /** Longest line that can still be a heading, in characters and in words. */
    private static final int HEADING_MAX_LENGTH = 100;
    private static final int HEADING_MAX_WORDS = 12;

    /** Cleans {@code raw} with no choices of a supervisor's: what a first import does. */
    public CleanedText clean(String raw) {
        return PassageAssembler.assemble(blocks(raw, new CleanupLog(CleanupChoices.NONE)));
    }

    /** The passages to be of {@code raw}, recording every decision in {@code log}. */
    public List<SourceBlock> blocks(String raw, CleanupLog log) {
        List<String> lines = normalisedLines(raw == null ? "" : raw);
        Lexicon lexicon = Lexicon.ofLines(lines);
        lines = withoutPageFurniture(lines, log);
        return new Segmenter(log, lexicon, lines).segment();
    }

    /** NFC, one kind of line break, odd spaces made plain, invisible characters gone (tatweel and marks kept). */
    static List<String> normalisedLines(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n').replace("\f", "\n" + PAGE_BREAK + "\n");
        text = INVISIBLE.matcher(text).replaceAll("");
        text = ODD_SPACES.matcher(text).replaceAll(" ");
        return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    }

    /**
     * Takes out lone page numbers and running headers and footers: short lines that repeat on many pages, compared
     * by their letters only (so "Page 3 of 9" and an OCR-garbled "-Vol 15, Decernber, 2,2025" match their
     * siblings), which do not end like a sentence (a repeated caption "(IRNA, June 3, 2020)." is text). A page
     * break is left in their place, so that a paragraph they interrupted joins up again.
     */
    private static List<String> withoutPageFurniture(List<String> lines, CleanupLog log) {
        Map<String, Integer> repeats = new HashMap<>();
        String[] keys = new String[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String key = keys[i] = furnitureKey(line);
            if (key.length() >= 3 && line.strip().length() <= FURNITURE_MAX_LENGTH && !endsSentence(line.strip())) {
                repeats.merge(key, 1, Integer::sum);
            }
        }
        Map<String, String> family = familiesOf(repeats, keysNearPageBoundaries(lines, keys));
        List<String> kept = new ArrayList<>(lines.size());
        int page = 1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String content = line.strip();
            if (content.equals(PAGE_BREAK)) {
                page++;
                kept.add(PAGE_BREAK);
                continue;
            }
            CleanupKind kind = null;
            String reason = null;
            if (PAGE_NUMBER.matcher(content).matches()) {
                kind = CleanupKind.PAGE_NUMBER;
                reason = "a line holding only a page number";
            } else if (OCR_NUMBER.matcher(content).matches() && !content.matches(".*\\p{Ll}{2}.*")
                    && standsAlone(lines, i)) {
                kind = CleanupKind.PAGE_NUMBER;
                reason = "a lone line of a few characters that OCR reads digits as (l, I, O, S ...): a page number";
            } else if (!content.isEmpty() && !BULLET.matcher(content).matches()) {
                String key = family.getOrDefault(keys[i], keys[i]);
                int count = repeats.getOrDefault(key, 0);
                if (count >= FURNITURE_MIN_REPEATS && content.length() <= FURNITURE_MAX_LENGTH
                        && !endsSentence(content)) {
                    kind = CleanupKind.RUNNING_LINE;
                    reason = "a short line repeated on " + count + " pages";
                }
            }
            if (kind != null && log.decide(kind, content, reason, page)) {
                if (kept.isEmpty() || !kept.get(kept.size() - 1).equals(PAGE_BREAK)) {
                    kept.add(PAGE_BREAK);
                }
            } else {
                kept.add(line);
            }
        }
        return kept;
    }

    /** A line between blank lines (or the text's ends): where page numbers stand. */
    private static boolean standsAlone(List<String> lines, int i) {
        boolean before = i == 0 || lines.get(i - 1).isBlank() || lines.get(i - 1).strip().equals(PAGE_BREAK);
        boolean after = i == lines.size() - 1 || lines.get(i + 1).isBlank()
                || lines.get(i + 1).strip().equals(PAGE_BREAK);
        return before && after;
    }

    /**
     * Furniture keys that differ by a few letters (OCR misreadings of the same running footer) are one family,
     * counted together under the most frequent spelling.
     */
    private static Map<String, String> familiesOf(Map<String, Integer> repeats, java.util.Set<String> candidates) {
        List<String> frequent = repeats.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey)
                .sorted((a, b) -> repeats.get(b) - repeats.get(a)).limit(50).toList();
        Map<String, String> family = new HashMap<>();
        LevenshteinDistance distance = new LevenshteinDistance(8);
        for (String key : List.copyOf(repeats.keySet())) {
            if (key.length() < 8 || !candidates.contains(key)) {
                continue;
            }
            for (String head : frequent) {
                if (!head.equals(key) && Math.abs(head.length() - key.length()) <= key.length() / 5) {
                    int d = distance.apply(head, key);
                    if (d >= 0 && d <= key.length() / 5 && repeats.get(head) >= repeats.get(key)) {
                        family.put(key, head);
                        repeats.merge(head, repeats.get(key), Integer::sum);
                        break;
                    }
                }
            }
        }
        return family;
    }

    /**
     * The furniture keys of the lines next to a page boundary (a lone page number or a form feed, within three
     * non-blank lines): where running headers and footers stand, so only they are compared for near spellings.
     */
    private static java.util.Set<String> keysNearPageBoundaries(List<String> lines, String[] keys) {
        java.util.Set<String> near = new java.util.HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String content = lines.get(i).strip();
            boolean boundary = content.equals(PAGE_BREAK) || PAGE_NUMBER.matcher(content).matches()
                    || OCR_NUMBER.matcher(content).matches() && standsAlone(lines, i);
            if (!boundary) {
                continue;
            }
            for (int step : new int[] {-1, 1}) {
                int seen = 0;
                for (int j = i + step; j >= 0 && j < lines.size() && seen < 3; j += step) {
                    if (!lines.get(j).isBlank()) {
                        near.add(keys[j]);
                        seen++;
                    }
                }
            }
        }
        return near;
    }

    /** A line's letters, in lower case: what running lines are compared by. */
    private static String furnitureKey(String line) {
        StringBuilder key = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            if (Character.isLetter(c)) {
                key.appendCodePoint(Character.toLowerCase(c));
            }
            i += Character.charCount(c);
        }
        return key.toString();
    }

    static boolean endsSentence(String text) {
        return SENTENCE_END.matcher(text).find();
    }

    /** A short line without sentence punctuation at its end: a title, a section heading, an author line. */
    static boolean isHeading(String line) {
        String content = line.strip();
        return !content.isEmpty()
                && content.length() <= HEADING_MAX_LENGTH
                && content.split("\\s+").length <= HEADING_MAX_WORDS
                && !content.matches(".*[.,;:!\u060C\u061B]$")
                && Character.isLetterOrDigit(content.codePointAt(0));
    }

    static boolean startsLowerCase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0)) && !ENUMERATOR.matcher(text).find();
    }

    static boolean isNotesHeading(String text) {
        return NOTES_HEADING.matcher(text.strip()).matches();
    }

    /** Most of the block's sentences cite (years, pages, addresses): a reference list or a run of footnotes. */
    static boolean isCitationDense(String text) {
        String[] parts = text.split("(?<=[.;])\\s+(?=\\p{Lu}|\\p{Nd})");
        if (parts.length == 0) {
            return false;
        }
        long citing = Arrays.stream(parts).filter(p -> CITATION.matcher(p).find()).count();
        return citing * 2 > parts.length && text.length() < 2000;
    }

    static boolean startsLikeANote(String text) {
        return NOTE_START.matcher(text).find();
    }

    /** The segmentation of one document: lines into blocks, then the blocks' kinds, joins and notes. */
    private static final class Segmenter {

        private final CleanupLog log;
        private final Lexicon lexicon;
        private final List<String> lines;
        private final List<SourceBlock> blocks = new ArrayList<>();
        /** Block indexes that end a page (page furniture or a page break followed them). */
        private final List<Integer> pageEnds = new ArrayList<>();
        private int page = 1;

        Segmenter(CleanupLog log, Lexicon lexicon, List<String> lines) {
            this.log = log;
            this.lexicon = lexicon;
            this.lines = lines;
        }

        List<SourceBlock> segment() {
            // Documents that separate paragraphs by blank lines need no guessing inside a blank-line block; the
            // rest (one paragraph per line, or hard-wrapped without blank lines) are split by line lengths.
            int wrapWidth = paragraphsSeparatedByBlankLines(lines) ? Integer.MAX_VALUE : wrapWidth(lines);
            List<String> paragraph = new ArrayList<>();
            int previousIndent = 0;
            for (String line : lines) {
                String content = line.strip();
                if (content.equals(PAGE_BREAK)) {
                    flush(paragraph);
                    if (!blocks.isEmpty()) {
                        pageEnds.add(blocks.size() - 1);
                    }
                    page++;
                    continue;
                }
                int indent = line.length() - line.stripLeading().length();
                boolean dedent = indent + 2 <= previousIndent;
                previousIndent = content.isEmpty() ? 0 : indent;
                if (content.isEmpty()) {
                    flush(paragraph);
                    continue;
                }
                if (dedent && !paragraph.isEmpty() && endsSentence(paragraph.get(paragraph.size() - 1))) {
                    // Markup indentation: continuation lines sit deeper than a paragraph's first line.
                    flush(paragraph);
                }
                Matcher bullet = BULLET.matcher(content);
                if (bullet.matches()) {
                    flush(paragraph);
                    paragraph.add(BULLET_MARK);
                    paragraph.add(bullet.group(1));
                    continue;
                }
                if (!paragraph.isEmpty() && endsParagraph(paragraph, content, wrapWidth)) {
                    flush(paragraph);
                }
                paragraph.add(content);
            }
            flush(paragraph);
            List<SourceBlock> kinded = notesSetApart(headingsByContext(blocks));
            return joinedAcrossBreaks(kinded);
        }

        private void flush(List<String> paragraph) {
            if (paragraph.isEmpty()) {
                return;
            }
            boolean bullet = paragraph.get(0).equals(BULLET_MARK);
            List<String> content = bullet ? paragraph.subList(1, paragraph.size()) : paragraph;
            String joined = join(content);
            if (!joined.isBlank()) {
                PassageKind kind = bullet ? PassageKind.BULLET
                        : content.size() <= 2 && isHeading(joined) && !startsLowerCase(joined) ? PassageKind.HEADING
                        : PassageKind.PARAGRAPH;
                blocks.add(new SourceBlock(kind, joined, page));
            }
            paragraph.clear();
        }

        /**
         * Kinds from what follows: a lone numbered "item" with a heading's shape followed by paragraphs is a
         * numbered section heading ("2. Literature review"); a "heading" whose next block goes on in lower case is
         * the first part of a sentence.
         */
        private List<SourceBlock> headingsByContext(List<SourceBlock> in) {
            List<SourceBlock> out = new ArrayList<>(in.size());
            for (int i = 0; i < in.size(); i++) {
                SourceBlock block = in.get(i);
                SourceBlock previous = i > 0 ? in.get(i - 1) : null;
                SourceBlock next = i + 1 < in.size() ? in.get(i + 1) : null;
                if (block.kind() == PassageKind.BULLET && isHeading(block.text()) && !block.text().endsWith("?")
                        && (previous == null || previous.kind() != PassageKind.BULLET)
                        && (next == null || next.kind() == PassageKind.PARAGRAPH)) {
                    block = new SourceBlock(PassageKind.HEADING, originalLine(block), block.page());
                } else if (block.kind() == PassageKind.HEADING && next != null && startsLowerCase(next.text())
                        && next.kind() != PassageKind.HEADING && !isNotesHeading(block.text())) {
                    block = new SourceBlock(PassageKind.PARAGRAPH, block.text(), block.page());
                }
                out.add(block);
            }
            return out;
        }

        /** A numbered heading keeps its number: "2. Literature review" (bullet signs go, numbers stay). */
        private String originalLine(SourceBlock bullet) {
            for (String line : lines) {
                String content = line.strip();
                if (content.endsWith(bullet.text()) && BULLET.matcher(content).matches()
                        && content.matches("^\\(?\\p{Nd}.*")) {
                    return content;
                }
            }
            return bullet.text();
        }

        /**
         * Notes and references become NOTE blocks, placed after the text: everything under a notes or references
         * heading, runs of footnotes at a page's foot (just before its page break, starting with a note number),
         * and blocks whose sentences mostly cite. Footnote markers in the text go, recorded.
         */
        private List<SourceBlock> notesSetApart(List<SourceBlock> in) {
            List<SourceBlock> body = new ArrayList<>();
            List<SourceBlock> notes = new ArrayList<>();
            boolean inNotesSection = false;
            for (int i = 0; i < in.size(); i++) {
                SourceBlock block = in.get(i);
                if (block.kind() == PassageKind.HEADING) {
                    inNotesSection = isNotesHeading(block.text());
                    (inNotesSection ? notes : body).add(block);
                    continue;
                }
                String reason = null;
                if (inNotesSection) {
                    reason = "under the heading \u201c" + lastHeading(notes) + "\u201d";
                } else if (noteLike(block) && atPageFoot(in, i)) {
                    reason = "a footnote: at the foot of page " + block.page() + ", starting with its number";
                } else if (block.kind() != PassageKind.HEADING && startsLikeANote(block.text())
                        && isCitationDense(block.text())) {
                    reason = "a note: it starts with a number and most of it cites sources";
                }
                if (reason != null) {
                    log.note(CleanupKind.NOTE, block.text(), reason, block.page());
                    notes.add(new SourceBlock(PassageKind.NOTE, block.text(), block.page()));
                } else {
                    body.add(block);
                }
            }
            List<SourceBlock> out = new ArrayList<>(body.size() + notes.size());
            out.addAll(NoteMarkers.removeFrom(body, notes, log));
            out.addAll(notes);
            return out;
        }

        private static String lastHeading(List<SourceBlock> notes) {
            for (int i = notes.size() - 1; i >= 0; i--) {
                if (notes.get(i).kind() == PassageKind.HEADING) {
                    return notes.get(i).text();
                }
            }
            return "";
        }

        /** Whether block {@code i} is among the note-like blocks that end its page. */
        private boolean atPageFoot(List<SourceBlock> in, int i) {
            int page = in.get(i).page();
            for (int j = i; j < in.size() && in.get(j).page() == page; j++) {
                if (!noteLike(in.get(j))) {
                    return false;
                }
            }
            // The page must have ended (a page break followed), not be the document's last words.
            return !pageEnds.isEmpty() && page <= in.get(in.size() - 1).page() && hasPageBreakAfter(page);
        }

        /** Starts with a note number, or is a numbered item that cites. */
        private static boolean noteLike(SourceBlock block) {
            return startsLikeANote(block.text()) || block.kind() == PassageKind.BULLET && isCitationDense(block.text());
        }

        private boolean hasPageBreakAfter(int pageNumber) {
            return blocks.stream().anyMatch(b -> b.page() > pageNumber);
        }

        /**
         * A page break (or a footnote) cut a sentence: the block before it ends without closing punctuation and the
         * next text block starts in lower case. The two become one, recorded.
         */
        private List<SourceBlock> joinedAcrossBreaks(List<SourceBlock> in) {
            List<SourceBlock> out = new ArrayList<>(in.size());
            for (SourceBlock block : in) {
                SourceBlock last = out.isEmpty() ? null : out.get(out.size() - 1);
                boolean continues = last != null && block.kind() != PassageKind.HEADING
                        && block.kind() != PassageKind.NOTE && last.kind() != PassageKind.HEADING
                        && last.kind() != PassageKind.NOTE && !endsSentence(last.text())
                        && startsLowerCase(block.text());
                if (continues && log.decide(CleanupKind.PAGE_BREAK_JOIN, tail(last.text()) + " | "
                        + head(block.text()), block.page() > last.page()
                        ? "the sentence goes on on the next page: no closing punctuation before the break, lower case"
                                + " after it"
                        : "the sentence goes on after a blank line: no closing punctuation before it, lower case"
                                + " after it", block.page())) {
                    out.set(out.size() - 1, last.withText(last.text() + " " + block.text()));
                } else {
                    out.add(block);
                }
            }
            return out;
        }

        /** Joins hard-wrapped lines with a space; hyphenated line ends lose the hyphen where the joined word is a word. */
        private String join(List<String> content) {
            StringBuilder text = new StringBuilder();
            for (String line : content) {
                String part = line.strip().replaceAll(" {2,}", " ");
                if (text.length() == 0) {
                    text.append(part);
                } else if (endsWithHyphenatedWord(text) && !part.isEmpty() && Character.isLowerCase(part.charAt(0))) {
                    Hyphenation.join(text, part, lexicon, log, page);
                } else {
                    text.append(' ').append(part);
                }
            }
            return text.toString().strip();
        }
    }

    private static boolean endsWithHyphenatedWord(CharSequence text) {
        int n = text.length();
        return n >= 2 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2));
    }

    /**
     * Whether blank lines separate paragraphs that are hard-wrapped inside: many lines within blank-line blocks
     * end in the middle of a sentence. (Where every line ends a sentence, lines are paragraphs of their own.)
     */
    private static boolean paragraphsSeparatedByBlankLines(List<String> lines) {
        int inner = 0;
        int midSentence = 0;
        int blankBetweenText = 0;
        boolean textSeen = false;
        String previous = null;
        for (String line : lines) {
            String content = line.strip();
            if (content.isEmpty() || content.equals(PAGE_BREAK) || BULLET.matcher(content).matches()) {
                blankBetweenText += content.isEmpty() && textSeen ? 1 : 0;
                previous = null;
                continue;
            }
            textSeen = true;
            if (previous != null) {
                inner++;
                midSentence += endsSentence(previous) ? 0 : 1;
            }
            previous = content;
        }
        return blankBetweenText > 0 && inner > 0 && midSentence >= inner * 0.3;
    }

    /**
     * The width text was hard-wrapped at, or 0 when lines are paragraphs of their own: the length most long lines
     * reach. Wrapped text has many lines of about the same length; unwrapped text has a few very long ones.
     */
    private static int wrapWidth(List<String> lines) {
        int[] lengths = lines.stream().map(String::strip).filter(l -> !l.equals(PAGE_BREAK))
                .mapToInt(String::length).filter(n -> n > 0).sorted().toArray();
        if (lengths.length < 5) {
            return 0;
        }
        int p90 = lengths[(int) (lengths.length * 0.9) - 1];
        long nearP90 = Arrays.stream(lengths).filter(n -> n >= p90 * 0.75 && n <= p90 * 1.1).count();
        boolean wrapped = p90 <= 160 && nearP90 >= lengths.length * 0.4;
        return wrapped ? p90 : 0;
    }

    /**
     * Whether the paragraph so far ends before {@code next}. A heading on the first line of a block ends there
     * when the text goes on in longer lines. Otherwise: with blank-line separation (width MAX_VALUE) never inside
     * a block; in unwrapped text (width 0) at every line; in wrapped text when the last line stops well short of
     * the wrap width after a sentence.
     */
    private static boolean endsParagraph(List<String> paragraph, String next, int wrapWidth) {
        String previous = paragraph.get(paragraph.size() - 1);
        if (paragraph.size() == 1 && isHeading(previous) && !startsLowerCase(next)
                && next.length() > previous.length() * 1.6) {
            return true;
        }
        if (startsLikeANote(next) && isCitationDense(next) && !isCitationDense(String.join(" ", paragraph))) {
            return true;
        }
        if (wrapWidth == Integer.MAX_VALUE) {
            return false;
        }
        if (wrapWidth == 0) {
            return true;
        }
        return previous.length() < wrapWidth * 0.6 && (endsSentence(previous) || isHeading(previous));
    }

    private static String tail(String text) {
        return text.length() <= 40 ? text : "\u2026" + text.substring(text.length() - 40);
    }

    private static String head(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "\u2026";
    }
}
