package org.concordia.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.text.PlainText;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Names and texts hold what can be shown: no control characters, direction overrides or broken characters. */
class PlainTextTest {

    @Test
    @DisplayName("Control characters, direction overrides and half characters are refused with a sentence")
    void invisibleCharactersAreRefused() {
        assertThatThrownBy(() -> PlainText.line("Iran\u0000", "the name")).isInstanceOf(InvalidInputException.class)
                .hasMessage("The name contains a control character (U+0000), which cannot be shown as text;"
                        + " remove it.");
        assertThatThrownBy(() -> PlainText.line("abc\u202Etxt.exe", "the title"))
                .hasMessageContaining("a direction override (U+202E)");
        assertThatThrownBy(() -> PlainText.line("two\nlines", "the name")).hasMessageContaining("a line break");
        assertThatThrownBy(() -> PlainText.text("memo \u001b[31m", "the memo")).hasMessageContaining("U+001B");
        assertThatThrownBy(() -> PlainText.text("broken \uD83D", "the memo")).hasMessageContaining("half of a");
        assertThatThrownBy(() -> PlainText.line("\u0085", "the name")).as("C1 controls too")
                .hasMessageContaining("U+0085");
    }

    @Test
    @DisplayName("Real text in any script passes unchanged, line breaks where a text may have them")
    void realTextPasses() {
        assertThat(PlainText.line("مصطفى الكاظمي", "the name")).isEqualTo("مصطفى الكاظمي");
        assertThat(PlainText.line("می\u200Cخواهم", "the name")).as("Persian's zero-width non-joiner is text")
                .isEqualTo("می\u200Cخواهم");
        assertThat(PlainText.line("Kata'ib Hezbollah \uD83D\uDE00", "the name")).endsWith("\uD83D\uDE00");
        assertThat(PlainText.text("line one\r\nline two\tend", "the memo")).contains("\t");
        assertThat(PlainText.line(null, "the name")).isNull();
    }
}
