package org.concordia.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.concordia.documents.model.CleanedText;
import org.concordia.documents.model.CleanupChoices;
import org.concordia.documents.model.TextDirection;
import org.concordia.documents.service.DocumentCleanup;
import org.junit.jupiter.api.Test;

/** Arabic and Persian sources survive clean-up letter for letter, and each passage knows its direction. */
class RightToLeftCleanupTest {

    /** Arabic with tatweel (U+0640) and short vowels; decomposed alif with hamza above, which NFC composes. */
    private static final String ARABIC = "أعلنت الحكومة العراقيـــة أنَّ البرلمان وافق على تشكيلة الوزراء\n"
            + "الجديدة بعد أسابيع من المفاوضات.";
    /** Persian with the zero-width non-joiner (U+200C) its words need: "می‌گویند". */
    private static final String PERSIAN = "مقامات ایرانی می\u200Cگویند که از نامزدی نخست\u200Cوزیر حمایت کرده\u200Cاند.";
    private static final String MIXED = "The statement of Kata'ib Hezbollah (كتائب حزب الله) was read on television.";

    @Test
    void lettersTatweelMarksAndJoinersAreKeptAndDirectionIsStored() {
        String text = ARABIC.replace("أ", "\u0627\u0654") + "\n\n" + PERSIAN + "\n\n" + MIXED + "\n";

        CleanedText cleaned = new DocumentCleanup().clean("text/plain", text.getBytes(StandardCharsets.UTF_8), text,
                CleanupChoices.NONE).cleaned();
        List<String> passages = cleaned.passages().stream().map(cleaned::textOf).toList();

        assertThat(passages).as("hard-wrapped Arabic joins into one passage, in NFC, tatweel and vowels kept")
                .containsExactly(ARABIC.replace("\n", " "), PERSIAN, MIXED);
        assertThat(passages.get(1)).as("Persian keeps its zero-width non-joiners").contains("\u200C");
        assertThat(passages.stream().map(TextDirection::of))
                .containsExactly(TextDirection.RTL, TextDirection.RTL, TextDirection.LTR);
    }
}
