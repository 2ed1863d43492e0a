package org.concordia.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.concordia.documents.model.CleanupChoices;
import org.concordia.documents.model.PassageSpan;
import org.concordia.documents.service.DocumentCleanup;
import org.concordia.documents.service.ExtractedText;
import org.concordia.documents.service.TextExtractor;
import org.junit.jupiter.api.Test;

/** RTF, which MAXQDA and older Word write: its paragraphs become passages, its Unicode comes through. */
class RtfImportTest {

    /** Three paragraphs as Word writes RTF: a heading in bold, Unicode escapes, a soft line break in one. */
    private static final String RTF = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}"
            + "\\pard\\b Interview with Simon\\b0\\par\n"
            + "\\pard Asked about the cabinet, Simon said that Iran backed Mustafa al-K\\u257?dhimi from the start."
            + " He repeated it twice.\\par\n"
            + "\\pard Later he said the Sadrists merely tolerated him.\\line Nobody disagreed.\\par\n}";

    @Test
    void eachParagraphOfAnRtfFileIsAPassage() throws Exception {
        byte[] content = RTF.getBytes(StandardCharsets.US_ASCII);
        ExtractedText extracted = new TextExtractor().extract("interview.rtf", content);

        assertThat(extracted.mediaType()).isEqualTo("application/rtf");
        DocumentCleanup.Result cleaned = new DocumentCleanup().clean(extracted.mediaType(), content,
                extracted.text(), CleanupChoices.NONE);
        String text = cleaned.cleaned().text();
        assertThat(cleaned.cleaned().passages()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(cleaned.cleaned().passages().stream().map(p -> quote(text, p)))
                .contains("Interview with Simon")
                .anySatisfy(p -> assertThat(p).startsWith("Asked about the cabinet").contains("al-K\u0101dhimi")
                        .endsWith("He repeated it twice."));
    }

    private static String quote(String text, PassageSpan span) {
        return text.substring(text.offsetByCodePoints(0, span.start()), text.offsetByCodePoints(0, span.end()));
    }
}
