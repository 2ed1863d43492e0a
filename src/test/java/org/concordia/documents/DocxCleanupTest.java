package org.concordia.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.concordia.documents.model.CleanedText;
import org.concordia.documents.model.CleanupChoices;
import org.concordia.documents.model.CleanupKind;
import org.concordia.documents.model.CleanupStep;
import org.concordia.documents.model.PassageKind;
import org.concordia.documents.service.DocumentCleanup;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Word files read from their document model: headings by style, list items by numbering, footnotes as notes. */
class DocxCleanupTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void headingsListsAndFootnotesComeFromTheDocumentModel() throws Exception {
        byte[] docx = docx();

        DocumentCleanup.Result result = new DocumentCleanup().clean(DOCX, docx, "", CleanupChoices.NONE);
        CleanedText cleaned = result.cleaned();

        assertThat(texts(cleaned, PassageKind.HEADING)).containsExactly("Iraq after the elections", "Introduction");
        assertThat(texts(cleaned, PassageKind.PARAGRAPH)).containsExactly(
                "The elections were contested. Observers were kept away from the count.",
                "A short paragraph without notes: line breaks inside it are not passages.");
        assertThat(texts(cleaned, PassageKind.BULLET)).containsExactly("The Sadrists", "The Fatah alliance");
        assertThat(texts(cleaned, PassageKind.NOTE)).as("the footnote, after the text, numbered")
                .containsExactly("1 Waltz, Theory of International Politics, 1979, p. 105.");
        assertThat(result.steps()).extracting(CleanupStep::kind).contains(CleanupKind.NOTE_MARKER, CleanupKind.NOTE);
    }

    private static byte[] docx() throws Exception {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFStyles styles = document.createStyles();
            style(styles, "Title", "Title");
            style(styles, "Heading1", "heading 1");
            style(styles, "ListParagraph", "List Paragraph");
            paragraph(document, "Title", "Iraq after the elections");
            paragraph(document, "Heading1", "Introduction");
            XWPFParagraph cited = paragraph(document, null, "The elections were contested.");
            XWPFFootnote footnote = document.createFootnote();
            footnote.createParagraph().createRun().setText("Waltz, Theory of International Politics, 1979, p. 105.");
            cited.addFootnoteReference(footnote);
            cited.createRun().setText(" Observers were kept away from the count.");
            XWPFParagraph plain = paragraph(document, null, "A short paragraph without notes:");
            plain.createRun().addBreak();
            plain.createRun().setText(" line breaks inside it are not passages.");
            for (String item : List.of("The Sadrists", "The Fatah alliance")) {
                paragraph(document, "ListParagraph", item).setNumID(BigInteger.ONE);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void style(XWPFStyles styles, String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.addNewName().setVal(name);
        style.setType(STStyleType.PARAGRAPH);
        styles.addStyle(new XWPFStyle(style));
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.createRun().setText(text);
        return paragraph;
    }

    private static List<String> texts(CleanedText cleaned, PassageKind kind) {
        return cleaned.passages().stream().filter(p -> p.kind() == kind).map(cleaned::textOf).toList();
    }
}
