package org.concordia.documents.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.concordia.documents.model.CleanupKind;
import org.concordia.documents.model.PassageKind;

/**
 * A Word (.docx) document read from its document model with Apache POI, not from flattened text: headings by
 * their styles (or outline level), list items by their numbering, table cells as paragraphs, footnotes and
 * endnotes as notes after the text, their reference marks taken out of it and recorded.
 */
final class DocxStructure {

    private DocxStructure() {
    }

    static List<SourceBlock> read(byte[] docx, CleanupLog log) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<SourceBlock> blocks = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    add(blocks, paragraph, document, log);
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            for (XWPFParagraph paragraph : cell.getParagraphs()) {
                                add(blocks, paragraph, document, log);
                            }
                        }
                    }
                }
            }
            notes(blocks, document.getFootnotes(), "footnote", log);
            notes(blocks, document.getEndnotes(), "endnote", log);
            return blocks;
        }
    }

    private static void add(List<SourceBlock> blocks, XWPFParagraph paragraph, XWPFDocument document,
            CleanupLog log) {
        StringBuilder text = new StringBuilder();
        for (XWPFRun run : paragraph.getRuns()) {
            var ctr = run.getCTR();
            if (!ctr.getFootnoteReferenceList().isEmpty() || !ctr.getEndnoteReferenceList().isEmpty()) {
                BigInteger id = !ctr.getFootnoteReferenceList().isEmpty() ? ctr.getFootnoteReferenceList().get(0).getId()
                        : ctr.getEndnoteReferenceList().get(0).getId();
                String context = tail(text) + "[" + id + "]";
                if (!log.decide(CleanupKind.NOTE_MARKER, context, "the reference mark of note " + id, 0)) {
                    text.append(id);
                }
                continue;
            }
            text.append(run.text());
        }
        String content = text.toString().replaceAll("[ \\t\\u00A0]+", " ").strip();
        if (content.isEmpty()) {
            return;
        }
        blocks.add(new SourceBlock(kindOf(paragraph, document), content, 0));
    }

    private static PassageKind kindOf(XWPFParagraph paragraph, XWPFDocument document) {
        String styleId = paragraph.getStyleID();
        String name = styleId == null ? "" : styleId;
        if (styleId != null && document.getStyles() != null) {
            XWPFStyle style = document.getStyles().getStyle(styleId);
            if (style != null && style.getName() != null) {
                name = style.getName();
            }
        }
        name = name.toLowerCase(Locale.ROOT).replace(" ", "");
        boolean outline = paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().getOutlineLvl() != null;
        if (name.startsWith("heading") || name.equals("title") || name.equals("subtitle") || outline) {
            return PassageKind.HEADING;
        }
        if (paragraph.getNumID() != null || name.contains("list")) {
            return PassageKind.BULLET;
        }
        return PassageKind.PARAGRAPH;
    }

    private static void notes(List<SourceBlock> blocks, List<? extends XWPFAbstractFootnoteEndnote> notes,
            String what, CleanupLog log) {
        for (XWPFAbstractFootnoteEndnote note : notes) {
            BigInteger id = note.getId();
            if (id == null || id.signum() <= 0) {
                continue; // the separator and continuation "notes" Word keeps
            }
            StringBuilder text = new StringBuilder();
            for (XWPFParagraph paragraph : note.getParagraphs()) {
                text.append(' ').append(paragraph.getText());
            }
            String content = text.toString().replaceAll("\\s+", " ").strip();
            if (!content.isEmpty()) {
                String numbered = id + " " + content;
                log.note(CleanupKind.NOTE, numbered, "the document's " + what + " " + id, 0);
                blocks.add(new SourceBlock(PassageKind.NOTE, numbered, 0));
            }
        }
    }

    private static String tail(CharSequence text) {
        String s = text.toString();
        return s.length() <= 24 ? s : s.substring(s.length() - 24);
    }
}
