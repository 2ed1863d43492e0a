package org.concordia.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes PDFs as journals set them, with PDFBox: text wrapped to the measure in one or two columns, headings larger
 * and bold, a running header and footer and a page number on every page, footnotes in smaller print at the foot of
 * the page they are cited on, markers raised and small, end-of-line hyphenation. The tests describe the content;
 * this lays it out, so that no test is tuned to one file's lines.
 */
public final class PdfFixture {

    static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    static final Path BOLD = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

    private static final float BODY = 10;
    private static final float NOTE = 8;
    private static final float HEADING = 13;
    private static final float MARGIN = 60;

    sealed interface Item permits Heading, Paragraph {
    }

    record Heading(String text) implements Item {
    }

    /** A paragraph; {@code ^n} in its text is footnote n's marker, whose text is {@code notes.get(n - 1)}. */
    record Paragraph(String text) implements Item {
    }

    private final List<Item> items = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String header = "";
    private String footer = "";
    private IntFunction<String> pageNumber = String::valueOf;
    private int columns = 1;
    private boolean hyphenate;

    public static PdfFixture article() {
        return new PdfFixture();
    }

    public PdfFixture heading(String text) {
        items.add(new Heading(text));
        return this;
    }

    public PdfFixture paragraph(String text) {
        items.add(new Paragraph(text));
        return this;
    }

    public PdfFixture note(String text) {
        notes.add(text);
        return this;
    }

    public PdfFixture runningHeader(String text) {
        header = text;
        return this;
    }

    public PdfFixture runningFooter(String text) {
        footer = text;
        return this;
    }

    public PdfFixture pageNumbers(IntFunction<String> format) {
        pageNumber = format;
        return this;
    }

    public PdfFixture twoColumns() {
        columns = 2;
        return this;
    }

    /** Breaks long words at line ends with a hyphen, as justified journal text does. */
    public PdfFixture hyphenated() {
        hyphenate = true;
        return this;
    }

    public byte[] toPdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = PDType0Font.load(document, FONT.toFile());
            PDFont bold = PDType0Font.load(document, BOLD.toFile());
            new Typesetter(document, regular, bold).set();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays the items out line by line, page by page, footnotes at the foot of the page that cites them. */
    private final class Typesetter {
        private final PDDocument document;
        private final PDFont regular;
        private final PDFont bold;
        private final float width = PDRectangle.A4.getWidth();
        private final float height = PDRectangle.A4.getHeight();
        private final float columnWidth;
        private PDPageContentStream page;
        private int pageNo;
        private int column;
        private float y;
        private final List<Integer> pageNotes = new ArrayList<>();

        Typesetter(PDDocument document, PDFont regular, PDFont bold) {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
            this.columnWidth = columns == 1 ? width - 2 * MARGIN : (width - 2 * MARGIN - 24) / 2;
        }

        void set() throws IOException {
            newPage();
            for (Item item : items) {
                if (item instanceof Heading heading) {
                    ensureRoom(HEADING * 3);
                    y -= HEADING * 0.8f;
                    for (String line : wrap(heading.text(), bold, HEADING, columnWidth)) {
                        write(line, bold, HEADING, x(), y);
                        y -= HEADING * 1.3f;
                    }
                    y -= 4;
                } else if (item instanceof Paragraph paragraph) {
                    List<String> lines = wrap(paragraph.text(), regular, BODY, columnWidth - 14);
                    for (int i = 0; i < lines.size(); i++) {
                        ensureRoom(BODY * 1.4f);
                        writeWithMarkers(lines.get(i), x() + (i == 0 ? 14 : 0), y);
                        y -= BODY * 1.4f;
                    }
                    y -= BODY * 0.9f;
                }
            }
            finishPage();
        }

        private float x() {
            return MARGIN + column * (columnWidth + 24);
        }

        /** Room is left at the page foot for the notes cited on it so far (three lines each). */
        private void ensureRoom(float needed) throws IOException {
            float bottom = MARGIN + 30 + pageNotes.size() * NOTE * 3.6f;
            if (y - needed < bottom) {
                if (column + 1 < columns) {
                    column++;
                    y = height - MARGIN - 30;
                } else {
                    finishPage();
                    newPage();
                }
            }
        }

        private void newPage() throws IOException {
            PDPage next = new PDPage(PDRectangle.A4);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            pageNo++;
            column = 0;
            pageNotes.clear();
            if (!header.isEmpty()) {
                write(header, regular, NOTE, MARGIN, height - MARGIN + 20);
            }
            y = height - MARGIN - 30;
        }

        private void finishPage() throws IOException {
            float noteY = MARGIN + 30 + pageNotes.size() * NOTE * 3.6f - NOTE;
            for (int n : pageNotes) {
                for (String line : wrap(n + " " + notes.get(n - 1), regular, NOTE, width - 2 * MARGIN)) {
                    write(line, regular, NOTE, MARGIN, noteY);
                    noteY -= NOTE * 1.3f;
                }
                noteY -= NOTE * 0.5f;
            }
            if (!footer.isEmpty()) {
                write(footer, regular, NOTE, MARGIN, MARGIN - 20);
            }
            String number = pageNumber.apply(pageNo);
            write(number, regular, NOTE, width - MARGIN - regular.getStringWidth(number) / 1000 * NOTE, MARGIN - 20);
            page.close();
        }

        /** Writes a line, setting each "^n" marker raised and small, and noting its footnote for this page. */
        private void writeWithMarkers(String line, float x, float y) throws IOException {
            String[] parts = line.split("(?=\\^\\d)|(?<=\\^\\d)");
            float at = x;
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i];
                if (part.matches("\\^\\d") || part.startsWith("^") && part.length() > 1) {
                    String number = part.substring(1, 2);
                    write(number, regular, NOTE * 0.8f, at, y + BODY * 0.4f);
                    at += regular.getStringWidth(number) / 1000 * NOTE * 0.8f;
                    pageNotes.add(Integer.parseInt(number));
                    String rest = part.substring(2);
                    if (!rest.isEmpty()) {
                        write(rest, regular, BODY, at, y);
                        at += regular.getStringWidth(rest) / 1000 * BODY;
                    }
                } else if (!part.isEmpty()) {
                    write(part, regular, BODY, at, y);
                    at += regular.getStringWidth(part) / 1000 * BODY;
                }
            }
        }

        private void write(String text, PDFont font, float size, float x, float y) throws IOException {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, y);
            page.showText(text);
            page.endText();
        }

        private List<String> wrap(String text, PDFont font, float size, float measure) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (widthOf(candidate, font, size) <= measure) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                int cut = hyphenate && word.length() >= 8 && !word.contains("^") ? word.length() / 2 : -1;
                if (cut > 0 && widthOf(line + " " + word.substring(0, cut) + "-", font, size) <= measure) {
                    lines.add(line + " " + word.substring(0, cut) + "-");
                    line.setLength(0);
                    line.append(word.substring(cut));
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            return lines;
        }

        private float widthOf(String text, PDFont font, float size) throws IOException {
            return font.getStringWidth(text.replaceAll("\\^\\d", "")) / 1000 * size;
        }
    }
}
