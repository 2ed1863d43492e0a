package org.concordia.documents.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordia.documents.model.CleanedText;
import org.concordia.documents.model.PassageKind;
import org.concordia.documents.model.PassageSpan;

/**
 * Turns text as it arrives (extracted from a PDF, copied from a web page, exported from a word processor) into
 * clean passages: paragraphs re-joined across hard wraps and end-of-line hyphenation, page numbers and running
 * headers and footers dropped, markup indentation and odd whitespace removed, Unicode in NFC; headings kept as
 * headings and each bullet item a passage of its own.
 *
 * <p>Pure and stateless: the same input always gives the same passages, which anchored codings rely on.
 */
public final class TextCleaner {

    /**
     * A list item: a bullet sign, or a number or letter with a dot or parenthesis. Dashes are not bullets: in
     * hard-wrapped text a line often starts with a parenthetical dash.
     */
    private static final Pattern BULLET = Pattern.compile(
            "^(?:[-\\u2022\\u25AA\\u25E6\\u2023\\u2043\\u00B7*]|\\(?(?:\\d{1,2}|[a-z])[.)])\\s+(.*)$");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:(?:page|p\\.|seite)\\s*)?[-\\u2013(\\[]?\\s*\\d{1,4}\\s*[-\\u2013)\\]]?(?:\\s*(?:of|/|von)\\s*\\d{1,4})?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"'\\u201D\\u2019)\\]]$");
    private static final Pattern ODD_SPACES = Pattern.compile("[\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000\\t]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final String BULLET_MARK = "\u0000bullet";
    /** "a. ", "b) ": an item's own enumeration, which may start in lower case. */
    private static final Pattern ENUMERATOR = Pattern.compile("^[a-z][.)]\\s");

    /** A line this short and repeated this often is page furniture (running header or footer). */
    private static final int FURNITURE_MAX_LENGTH = 80;
    private static final int FURNITURE_MIN_REPEATS = 3;
    /** Longest line that can still be a heading, in characters and in words. */
    private static final int HEADING_MAX_LENGTH = 100;
    private static final int HEADING_MAX_WORDS = 12;

    public CleanedText clean(String raw) {
        List<String> lines = normalisedLines(raw == null ? "" : raw);
        lines = withoutPageFurniture(lines);
        // Documents that separate paragraphs by blank lines need no guessing inside a blank-line block; the rest
        // (one paragraph per line, or hard-wrapped without blank lines) are split by line lengths.
        int wrapWidth = paragraphsSeparatedByBlankLines(lines) ? Integer.MAX_VALUE : wrapWidth(lines);
        List<Block> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        int previousIndent = 0;
        for (String line : lines) {
            String content = line.strip();
            int indent = line.length() - line.stripLeading().length();
            boolean dedent = indent + 2 <= previousIndent;
            previousIndent = content.isEmpty() ? 0 : indent;
            if (content.isEmpty()) {
                flush(paragraph, blocks);
                continue;
            }
            if (dedent && !paragraph.isEmpty()
                    && SENTENCE_END.matcher(paragraph.get(paragraph.size() - 1)).find()) {
                // Markup indentation: continuation lines sit deeper than a paragraph's first line.
                flush(paragraph, blocks);
            }
            Matcher bullet = BULLET.matcher(content);
            if (bullet.matches()) {
                flush(paragraph, blocks);
                paragraph.add(BULLET_MARK);
                paragraph.add(bullet.group(1));
                continue;
            }
            if (!paragraph.isEmpty() && endsParagraph(paragraph, content, wrapWidth)) {
                flush(paragraph, blocks);
            }
            paragraph.add(content);
        }
        flush(paragraph, blocks);
        return assemble(blocks);
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
            if (content.isEmpty() || BULLET.matcher(content).matches()) {
                blankBetweenText += content.isEmpty() && textSeen ? 1 : 0;
                previous = null;
                continue;
            }
            textSeen = true;
            if (previous != null) {
                inner++;
                midSentence += SENTENCE_END.matcher(previous).find() ? 0 : 1;
            }
            previous = content;
        }
        return blankBetweenText > 0 && inner > 0 && midSentence >= inner * 0.3;
    }

    /** NFC, one kind of line break, odd spaces made plain, invisible characters gone. */
    private static List<String> normalisedLines(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
        text = INVISIBLE.matcher(text).replaceAll("");
        text = ODD_SPACES.matcher(text).replaceAll(" ");
        return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    }

    /**
     * Drops lone page numbers and running headers and footers: short lines that repeat on many pages (digits
     * ignored: "Page 3 of 9") and do not end like a sentence (a repeated caption "(IRNA, June 3, 2020)." is text).
     * Dropped lines vanish, so a paragraph a page number interrupted joins up again.
     */
    private static List<String> withoutPageFurniture(List<String> lines) {
        Map<String, Integer> repeats = new HashMap<>();
        for (String line : lines) {
            String key = furnitureKey(line);
            if (!key.isEmpty() && key.length() <= FURNITURE_MAX_LENGTH && !key.matches(".*[.!?]$")) {
                repeats.merge(key, 1, Integer::sum);
            }
        }
        List<String> kept = new ArrayList<>(lines.size());
        for (String line : lines) {
            String content = line.strip();
            boolean pageNumber = PAGE_NUMBER.matcher(content).matches();
            boolean furniture = !content.isEmpty()
                    && repeats.getOrDefault(furnitureKey(line), 0) >= FURNITURE_MIN_REPEATS
                    && !BULLET.matcher(content).matches();
            if (!pageNumber && !furniture) {
                kept.add(line);
            }
        }
        return kept;
    }

    private static String furnitureKey(String line) {
        return DIGITS.matcher(line.strip().toLowerCase()).replaceAll("#");
    }

    /**
     * The width text was hard-wrapped at, or 0 when lines are paragraphs of their own: the length most long lines
     * reach. Wrapped text has many lines of about the same length; unwrapped text has a few very long ones.
     */
    private static int wrapWidth(List<String> lines) {
        int[] lengths = lines.stream().map(String::strip).mapToInt(String::length).filter(n -> n > 0).sorted()
                .toArray();
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
        if (paragraph.size() == 1 && isHeading(previous) && next.length() > previous.length() * 1.6) {
            return true;
        }
        if (wrapWidth == Integer.MAX_VALUE) {
            return false;
        }
        if (wrapWidth == 0) {
            return true;
        }
        return previous.length() < wrapWidth * 0.6 && (SENTENCE_END.matcher(previous).find() || isHeading(previous));
    }

    private static void flush(List<String> lines, List<Block> blocks) {
        if (lines.isEmpty()) {
            return;
        }
        boolean bullet = lines.get(0).equals(BULLET_MARK);
        List<String> content = bullet ? lines.subList(1, lines.size()) : lines;
        String joined = join(content);
        if (!joined.isBlank()) {
            PassageKind kind = bullet ? PassageKind.BULLET
                    : content.size() == 1 && isHeading(joined) ? PassageKind.HEADING : PassageKind.PARAGRAPH;
            Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            boolean continuation = Character.isLowerCase(joined.codePointAt(0)) && !ENUMERATOR.matcher(joined).find();
            if (kind != PassageKind.HEADING && last != null && last.kind() != PassageKind.HEADING
                    && !SENTENCE_END.matcher(last.text()).find() && continuation) {
                // A page break left a blank line inside a sentence: the paragraph or list item goes on.
                blocks.set(blocks.size() - 1, new Block(last.kind(), last.text() + " " + joined));
            } else {
                blocks.add(new Block(kind, joined));
            }
        }
        lines.clear();
    }

    /** Joins hard-wrapped lines with a space, and without one where a word was hyphenated at the line end. */
    private static String join(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            String content = line.strip().replaceAll(" {2,}", " ");
            if (text.length() == 0) {
                text.append(content);
            } else if (endsWithHyphenatedWord(text) && !content.isEmpty() && Character.isLowerCase(content.charAt(0))) {
                text.setLength(text.length() - 1);
                text.append(content);
            } else {
                text.append(' ').append(content);
            }
        }
        return text.toString().strip();
    }

    private static boolean endsWithHyphenatedWord(CharSequence text) {
        int n = text.length();
        return n >= 2 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2));
    }

    /** A short line without sentence punctuation at its end: a title, a section heading, an author line. */
    private static boolean isHeading(String line) {
        String content = line.strip();
        return content.length() <= HEADING_MAX_LENGTH
                && content.split("\\s+").length <= HEADING_MAX_WORDS
                && !content.matches(".*[.,;:!]$")
                && Character.isLetterOrDigit(content.codePointAt(0));
    }

    private static CleanedText assemble(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        List<PassageSpan> passages = new ArrayList<>();
        int offset = 0;
        for (Block block : blocks) {
            if (text.length() > 0) {
                text.append("\n\n");
                offset += 2;
            }
            int length = block.text().codePointCount(0, block.text().length());
            passages.add(new PassageSpan(block.kind(), offset, offset + length));
            text.append(block.text());
            offset += length;
        }
        return new CleanedText(text.toString(), passages);
    }

    private record Block(PassageKind kind, String text) {
    }
}
