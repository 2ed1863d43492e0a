package org.concordia.documents.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.concordia.documents.model.CleanupKind;
import org.concordia.documents.model.PassageKind;

/**
 * Reads a PDF's text with its layout (PDFBox: where each line sits on its page, in which font and size) and
 * decides from it, and from the document's own statistics, what is what: lines repeated at the top or foot of most
 * pages are running headers and footers; a lone number there is a page number (any digit system, or OCR's
 * misreading of one); smaller text below the body at a page's foot is footnotes; raised small digits are footnote
 * markers; two columns are read column by column; larger or bold short lines are headings; a vertical gap or an
 * indented first line starts a paragraph; a sentence goes on across a page or column break.
 */
final class PdfLayout {

    /** The top and bottom share of a page where running headers, footers and page numbers sit. */
    private static final double MARGIN_BAND = 0.1;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:(?:page|p\\.|seite|pagina|página|صفحه|صفحة)\\s*)?[-\\u2013\\u2014(\\[|]?\\s*[\\p{Nd}lIOo]{1,4}\\s*"
                    + "[-\\u2013\\u2014)\\]|]?(?:\\s*(?:of|/|von|de|از|من)\\s*\\p{Nd}{1,4})?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BULLET = Pattern.compile("^[\\u2022\\u25AA\\u25E6\\u2023\\u2043\\u00B7\\u25CF\\-*]\\s+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");

    private PdfLayout() {
    }

    /** The blocks of a PDF in reading order, notes last, with every decision in {@code log}. */
    static List<SourceBlock> read(byte[] pdf, CleanupLog log) throws IOException {
        List<Line> lines;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            LineCollector collector = new LineCollector();
            collector.setSortByPosition(true);
            collector.getText(document);
            lines = collector.lines;
        }
        if (lines.isEmpty()) {
            return List.of();
        }
        return new Layout(lines, log).blocks();
    }

    /** A run of text on one line of a page, with where it sits and how big its letters are. */
    record Line(int page, float x0, float x1, float y, float size, boolean bold, String text, float pageWidth,
            float pageHeight, List<Float> charSizes, List<Float> charYs) {

        boolean inTopBand() {
            return y < pageHeight * MARGIN_BAND;
        }

        boolean inBottomBand() {
            return y > pageHeight * (1 - MARGIN_BAND);
        }
    }

    /** Collects lines from PDFBox, cutting a line where a gutter (a gap wider than a letter's height) runs. */
    private static final class LineCollector extends PDFTextStripper {

        final List<Line> lines = new ArrayList<>();
        private final List<List<TextPosition>> words = new ArrayList<>();
        private final List<String> wordTexts = new ArrayList<>();

        LineCollector() throws IOException {
            super();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (!positions.isEmpty()) {
                words.add(List.copyOf(positions));
                wordTexts.add(text);
            }
        }

        @Override
        protected void writeLineSeparator() {
            closeLine();
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            closeLine();
            super.endPage(page);
        }

        private void closeLine() {
            List<List<TextPosition>> segment = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                if (!segment.isEmpty()) {
                    TextPosition last = segment.get(segment.size() - 1).get(segment.get(segment.size() - 1).size() - 1);
                    TextPosition first = words.get(i).get(0);
                    float gap = first.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
                    if (gap > Math.max(last.getHeightDir(), first.getHeightDir()) * 1.5f + 2) {
                        addLine(segment, texts);
                        segment = new ArrayList<>();
                        texts = new ArrayList<>();
                    }
                }
                segment.add(words.get(i));
                texts.add(wordTexts.get(i));
            }
            addLine(segment, texts);
            words.clear();
            wordTexts.clear();
        }

        private void addLine(List<List<TextPosition>> segment, List<String> texts) {
            if (segment.isEmpty()) {
                return;
            }
            String text = String.join(" ", texts).strip();
            if (text.isEmpty()) {
                return;
            }
            List<Float> sizes = new ArrayList<>();
            List<Float> ys = new ArrayList<>();
            float x0 = Float.MAX_VALUE;
            float x1 = 0;
            int bold = 0;
            int count = 0;
            for (List<TextPosition> word : segment) {
                for (TextPosition p : word) {
                    x0 = Math.min(x0, p.getXDirAdj());
                    x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
                    count++;
                    String font = p.getFont() == null || p.getFont().getName() == null ? ""
                            : p.getFont().getName().toLowerCase(Locale.ROOT);
                    bold += font.contains("bold") || font.contains("black") || font.contains("heavy") ? 1 : 0;
                }
            }
            // Per character of the text, when the text is the positions in order (left-to-right scripts).
            String concatenated = String.join(" ", segment.stream().map(w -> {
                StringBuilder s = new StringBuilder();
                w.forEach(p -> s.append(p.getUnicode()));
                return s.toString();
            }).toList());
            if (concatenated.equals(String.join(" ", texts))) {
                for (List<TextPosition> word : segment) {
                    if (!sizes.isEmpty()) {
                        sizes.add(-1f);
                        ys.add(-1f);
                    }
                    for (TextPosition p : word) {
                        for (int k = 0; k < p.getUnicode().length(); k++) {
                            sizes.add(p.getFontSizeInPt());
                            ys.add(p.getYDirAdj());
                        }
                    }
                }
            }
            TextPosition first = segment.get(0).get(0);
            float size = median(segment.stream().flatMap(List::stream).map(TextPosition::getFontSizeInPt).toList());
            float baseline = median(segment.stream().flatMap(List::stream).map(TextPosition::getYDirAdj).toList());
            lines.add(new Line(getCurrentPageNo(), x0, x1, baseline, size, bold * 2 > count, text,
                    first.getPageWidth(), first.getPageHeight(), sizes.size() == text.length() ? sizes : List.of(),
                    ys.size() == text.length() ? ys : List.of()));
        }
    }

    /** The decisions over all lines of one document. */
    private static final class Layout {

        private final List<Line> lines;
        private final CleanupLog log;
        private final int pages;
        private final float bodySize;
        private final Lexicon lexicon;

        Layout(List<Line> lines, CleanupLog log) {
            this.lines = lines;
            this.log = log;
            this.pages = lines.stream().mapToInt(Line::page).max().orElse(1);
            this.bodySize = bodySize(lines);
            StringBuilder all = new StringBuilder();
            lines.forEach(l -> all.append(l.text()).append('\n'));
            this.lexicon = Lexicon.of(all);
        }

        List<SourceBlock> blocks() {
            Set<String> running = runningKeys();
            List<Line> body = new ArrayList<>();
            List<Line> notes = new ArrayList<>();
            for (int page = 1; page <= pages; page++) {
                List<Line> onPage = new ArrayList<>();
                for (Line line : lines) {
                    if (line.page() == page) {
                        onPage.add(line);
                    }
                }
                List<Line> kept = new ArrayList<>();
                for (Line line : onPage) {
                    if (!isFurniture(line, running)) {
                        kept.add(line);
                    }
                }
                List<Line> ordered = inColumnOrder(kept);
                int footStart = footnoteStart(ordered);
                body.addAll(ordered.subList(0, footStart));
                notes.addAll(ordered.subList(footStart, ordered.size()));
            }
            List<SourceBlock> blocks = paragraphs(body);
            List<SourceBlock> noteBlocks = footnotes(notes);
            List<SourceBlock> out = new ArrayList<>(NoteMarkers.removeFrom(blocks, noteBlocks, log));
            out.addAll(noteBlocks);
            return out;
        }

        /** The letters of lines in the top or bottom band that recur there on at least 40% of pages (and twice). */
        private Set<String> runningKeys() {
            Map<String, Set<Integer>> pagesByKey = new HashMap<>();
            for (Line line : lines) {
                if (line.inTopBand() || line.inBottomBand()) {
                    String key = NOT_LETTERS.matcher(line.text().toLowerCase(Locale.ROOT)).replaceAll("");
                    if (key.length() >= 3) {
                        pagesByKey.computeIfAbsent(key, k -> new HashSet<>()).add(line.page());
                    }
                }
            }
            Set<String> running = new HashSet<>();
            int needed = Math.max(2, (int) Math.ceil(pages * 0.4));
            pagesByKey.forEach((key, onPages) -> {
                if (pages >= 2 && onPages.size() >= needed) {
                    running.add(key);
                }
            });
            return running;
        }

        private boolean isFurniture(Line line, Set<String> running) {
            if (!line.inTopBand() && !line.inBottomBand()) {
                return false;
            }
            String text = line.text().strip();
            if (PAGE_NUMBER.matcher(text).matches() && (DIGIT.matcher(text).find() || text.length() <= 3)) {
                return log.decide(CleanupKind.PAGE_NUMBER, text, "a page number at the "
                        + (line.inTopBand() ? "top" : "foot") + " of page " + line.page(), line.page());
            }
            String key = NOT_LETTERS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
            if (running.contains(key)) {
                return log.decide(CleanupKind.RUNNING_LINE, text, "the same line at the "
                        + (line.inTopBand() ? "top" : "foot") + " of most pages", line.page());
            }
            return false;
        }

        /**
         * The page's lines in reading order. Where a vertical gutter splits the page (many lines end left of it and
         * many start right of it, none crosses it), the left column is read before the right; lines across the
         * gutter (a title, a wide figure caption) stay where they are from top to bottom.
         */
        private static List<Line> inColumnOrder(List<Line> page) {
            List<Line> byY = new ArrayList<>(page);
            byY.sort(Comparator.comparingDouble(Line::y).thenComparingDouble(Line::x0));
            if (page.size() < 6) {
                return byY;
            }
            float width = page.get(0).pageWidth();
            Float gutter = null;
            long fewestAcross = Long.MAX_VALUE;
            for (float g = width * 0.3f; g <= width * 0.7f; g += width * 0.005f) {
                final float at = g;
                long left = page.stream().filter(l -> l.x1() <= at).count();
                long right = page.stream().filter(l -> l.x0() >= at).count();
                long across = page.stream().filter(l -> l.x0() < at && l.x1() > at).count();
                if (left >= 3 && right >= 3 && across <= page.size() * 0.1 && across < fewestAcross
                        && sharesALeftEdge(page, at)) {
                    gutter = at;
                    fewestAcross = across;
                }
            }
            if (gutter == null) {
                return byY;
            }
            List<Line> ordered = new ArrayList<>();
            List<Line> left = new ArrayList<>();
            List<Line> right = new ArrayList<>();
            for (Line line : byY) {
                boolean spans = line.x0() < gutter - width * 0.1f && line.x1() > gutter + width * 0.1f;
                if (!spans && (line.x0() + line.x1()) / 2 <= gutter) {
                    left.add(line);
                } else if (!spans) {
                    right.add(line);
                } else {
                    ordered.addAll(left);
                    ordered.addAll(right);
                    left.clear();
                    right.clear();
                    ordered.add(line);
                }
            }
            ordered.addAll(left);
            ordered.addAll(right);
            return ordered;
        }

        /**
         * Whether most lines right of {@code gutter} start at one left edge (within two points): a column does, the
         * scattered ends of a ragged single column do not.
         */
        private static boolean sharesALeftEdge(List<Line> page, float gutter) {
            Map<Integer, Integer> edges = new HashMap<>();
            int right = 0;
            for (Line line : page) {
                if (line.x0() >= gutter) {
                    edges.merge(Math.round(line.x0() / 2), 1, Integer::sum);
                    right++;
                }
            }
            int common = edges.values().stream().max(Integer::compare).orElse(0);
            return right > 0 && common >= right * 0.6;
        }

        /**
         * Where the page's footnotes begin: the first of the lines at its foot, after the last line in the body's
         * size, that are all in smaller print. The page's length when there are none.
         */
        private int footnoteStart(List<Line> ordered) {
            int lastBody = -1;
            for (int i = 0; i < ordered.size(); i++) {
                if (ordered.get(i).size() >= bodySize * 0.95f) {
                    lastBody = i;
                }
            }
            int start = lastBody + 1;
            if (start >= ordered.size() || lastBody < 0) {
                return ordered.size();
            }
            float bodyBottom = ordered.get(lastBody).y();
            for (int i = start; i < ordered.size(); i++) {
                if (ordered.get(i).size() >= bodySize * 0.92f || ordered.get(i).y() < bodyBottom) {
                    return ordered.size();
                }
            }
            return start;
        }

        private List<SourceBlock> footnotes(List<Line> noteLines) {
            List<SourceBlock> notes = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            int page = 0;
            for (Line line : noteLines) {
                String text = line.text().strip();
                boolean starts = TextCleaner.startsLikeANote(text) || DIGIT.matcher(text.substring(0, 1)).matches();
                if (starts && current.length() > 0 || line.page() != page && current.length() > 0) {
                    addNote(notes, current.toString(), page);
                    current.setLength(0);
                }
                page = line.page();
                appendLine(current, text, page);
            }
            if (current.length() > 0) {
                addNote(notes, current.toString(), page);
            }
            return notes;
        }

        private void addNote(List<SourceBlock> notes, String text, int page) {
            log.note(CleanupKind.NOTE, text, "a footnote: smaller print below the text at the foot of page " + page,
                    page);
            notes.add(new SourceBlock(PassageKind.NOTE, text, page));
        }

        /** Lines into headings, paragraphs and list items, by size, weight, gaps and indentation. */
        private List<SourceBlock> paragraphs(List<Line> body) {
            float spacing = lineSpacing(body);
            List<SourceBlock> blocks = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            PassageKind kind = null;
            Line previous = null;
            for (Line line : body) {
                String text = withoutRaisedMarkers(line);
                if (text.isEmpty()) {
                    continue;
                }
                PassageKind lineKind = kindOf(line, text);
                if (lineKind == PassageKind.BULLET) {
                    text = BULLET.matcher(text).replaceFirst("");
                }
                boolean startsNew = previous == null || lineKind != kind || lineKind == PassageKind.BULLET
                        || startsParagraph(previous, line, spacing, text, current);
                if (startsNew && previous != null && kind != PassageKind.HEADING && lineKind != PassageKind.HEADING
                        && lineKind != PassageKind.BULLET
                        && (previous.page() != line.page() || line.y() < previous.y())
                        && !TextCleaner.endsSentence(current.toString()) && TextCleaner.startsLowerCase(text)) {
                    startsNew = !log.decide(CleanupKind.PAGE_BREAK_JOIN, tail(current) + " | " + head(text),
                            "the sentence goes on " + (previous.page() != line.page() ? "on the next page" : "in the"
                                    + " next column") + ": no closing punctuation before the break, lower case after"
                                    + " it", line.page());
                }
                if (startsNew && current.length() > 0) {
                    blocks.add(new SourceBlock(kind, current.toString().strip(), previous.page()));
                    current.setLength(0);
                }
                if (startsNew) {
                    kind = lineKind;
                }
                appendLine(current, text, line.page());
                previous = line;
            }
            if (current.length() > 0) {
                blocks.add(new SourceBlock(kind, current.toString().strip(), previous.page()));
            }
            return blocks;
        }

        private PassageKind kindOf(Line line, String text) {
            if (BULLET.matcher(text).find()) {
                return PassageKind.BULLET;
            }
            boolean larger = line.size() >= bodySize * 1.12f;
            boolean shortLine = text.length() <= 120 && !text.matches(".*[.,;:]$");
            if (shortLine && (larger || line.bold() && line.size() >= bodySize * 0.95f)) {
                return PassageKind.HEADING;
            }
            return PassageKind.PARAGRAPH;
        }

        /**
         * A new paragraph: after a vertical gap clearly wider than the usual line spacing, at an indented first
         * line, or after a line that stops well short of its column and ends a sentence.
         */
        private boolean startsParagraph(Line previous, Line line, float spacing, String text, CharSequence current) {
            if (previous.page() != line.page()) {
                return true;
            }
            float gap = line.y() - previous.y();
            if (gap < 0 || gap > spacing * 1.45f) {
                return true;
            }
            boolean indented = line.x0() - previous.x0() > line.size() * 0.8f && line.x0() - previous.x0() < line.size() * 6;
            if (indented) {
                return true;
            }
            boolean shortBefore = previous.x1() < line.x1() - line.size() * 4;
            return shortBefore && TextCleaner.endsSentence(current.toString());
        }

        private void appendLine(StringBuilder current, String text, int page) {
            if (current.length() == 0) {
                current.append(text);
            } else if (current.length() >= 2 && current.charAt(current.length() - 1) == '-'
                    && Character.isLetter(current.charAt(current.length() - 2)) && !text.isEmpty()
                    && Character.isLowerCase(text.charAt(0))) {
                Hyphenation.join(current, text, lexicon, log, page);
            } else {
                current.append(' ').append(text);
            }
        }

        /** The line's text without raised small digits after a word (footnote markers), each recorded. */
        private String withoutRaisedMarkers(Line line) {
            String text = line.text();
            if (line.charSizes().isEmpty()) {
                return text.strip();
            }
            StringBuilder out = new StringBuilder(text.length());
            int i = 0;
            while (i < text.length()) {
                int end = i;
                while (end < text.length() && isRaisedDigit(line, end)) {
                    end++;
                }
                if (end > i && i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                    String context = text.substring(Math.max(0, i - 24), i) + "[" + text.substring(i, end) + "]";
                    if (log.decide(CleanupKind.NOTE_MARKER, context, "a raised small number after a word: a footnote"
                            + " marker", line.page())) {
                        i = end;
                        continue;
                    }
                }
                out.append(text, i, Math.max(end, i + 1));
                i = Math.max(end, i + 1);
            }
            return out.toString().strip();
        }

        private boolean isRaisedDigit(Line line, int at) {
            float size = line.charSizes().get(at);
            return size > 0 && Character.isDigit(line.text().charAt(at)) && size < line.size() * 0.85f
                    && line.charYs().get(at) < line.y() - line.size() * 0.15f;
        }

        /** The usual distance between consecutive lines of body text on a page. */
        private float lineSpacing(List<Line> body) {
            List<Float> gaps = new ArrayList<>();
            for (int i = 1; i < body.size(); i++) {
                Line a = body.get(i - 1);
                Line b = body.get(i);
                float gap = b.y() - a.y();
                if (a.page() == b.page() && gap > 0 && Math.abs(a.size() - bodySize) < 0.5f) {
                    gaps.add(gap);
                }
            }
            return gaps.isEmpty() ? bodySize * 1.2f : median(gaps);
        }

        /** The size most characters are set in. */
        private static float bodySize(List<Line> lines) {
            Map<Float, Integer> chars = new HashMap<>();
            for (Line line : lines) {
                chars.merge(Math.round(line.size() * 2) / 2f, line.text().length(), Integer::sum);
            }
            return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10f);
        }
    }

    private static float median(List<Float> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static String tail(CharSequence text) {
        String s = text.toString();
        return s.length() <= 40 ? s : "\u2026" + s.substring(s.length() - 40);
    }

    private static String head(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "\u2026";
    }
}
