package org.concordia.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.concordia.documents.model.SplitPoint;
import org.concordia.documents.service.PassageSplitter;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {

    @Test
    void aPassageCanBeSplitBeforeEachSentenceButTheFirst() {
        String text = "Iran backed him. Smith disagreed, saying the choice was made in Baghdad by the parties"
                + " themselves. Nobody else spoke.";

        assertThat(PassageSplitter.sentenceStarts(text, 100)).containsExactly(
                new SplitPoint(117, "Smith disagreed, saying the choice was made in \u2026"),
                new SplitPoint(100 + text.indexOf("Nobody"), "Nobody else spoke."));
    }

    @Test
    void aOneSentencePassageHasNowhereToSplit() {
        assertThat(PassageSplitter.sentenceStarts("Iran backed him.", 0)).isEmpty();
    }

    @Test
    void theWhitespaceAtASplitBelongsToNeitherPart() {
        assertThat(PassageSplitter.split("One.  Two.", 10, 15)).containsExactly(14, 16);
    }

    @Test
    void offsetsCountCodePointsNotJavaChars() {
        String text = "Emoji \uD83D\uDE00 first. Then the second.";

        SplitPoint point = PassageSplitter.sentenceStarts(text, 0).get(0);

        assertThat(point.offset()).isEqualTo("Emoji x first. ".length());
        assertThat(PassageSplitter.split(text, 0, point.offset())).containsExactly("Emoji x first.".length(),
                "Emoji x first. ".length());
    }

    @Test
    void bothPartsNeedText() {
        assertThatThrownBy(() -> PassageSplitter.split("One.  Two.", 0, 0))
                .hasMessageContaining("inside the passage");
        assertThatThrownBy(() -> PassageSplitter.split("One.   ", 0, 4)).hasMessageContaining("Both parts");
    }
}
