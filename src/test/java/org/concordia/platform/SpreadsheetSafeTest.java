package org.concordia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concordia.platform.csv.SpreadsheetSafe;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CSV cells a spreadsheet would run become text; numbers stay numbers; Concordia reads its own cells back exactly. */
class SpreadsheetSafeTest {

    @Test
    @DisplayName("Text a spreadsheet would run as a formula gets a leading apostrophe")
    void formulasBecomeText() {
        assertThat(SpreadsheetSafe.cell("=HYPERLINK(\"http://evil.example\",\"Click\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Click\")");
        assertThat(SpreadsheetSafe.cell("+cmd|' /C calc'!A0")).startsWith("'+");
        assertThat(SpreadsheetSafe.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetSafe.cell("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
        assertThat(SpreadsheetSafe.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetSafe.cell("- Iran backed him")).as("a bullet is text a spreadsheet reads as formula")
                .isEqualTo("'- Iran backed him");
    }

    @Test
    @DisplayName("Numbers, ordinary text and empty cells are written as they are")
    void numbersAndTextStayAsTheyAre() {
        assertThat(SpreadsheetSafe.cell("-0.25")).isEqualTo("-0.25");
        assertThat(SpreadsheetSafe.cell("+12")).isEqualTo("+12");
        assertThat(SpreadsheetSafe.cell("-1.5e-3")).isEqualTo("-1.5e-3");
        assertThat(SpreadsheetSafe.cell("Iran backed al-Kadhimi = support")).isEqualTo(
                "Iran backed al-Kadhimi = support");
        assertThat(SpreadsheetSafe.cell("")).isEmpty();
        assertThat(SpreadsheetSafe.cell(null)).isNull();
        assertThat(SpreadsheetSafe.cells(1L, -0.5, "=1", null, true)).containsExactly(1L, -0.5, "'=1", null, true);
    }

    @Test
    @DisplayName("Every value comes back from its cell exactly, apostrophes of its own included")
    void everyValueComesBackExactly() {
        for (String value : List.of("=1+1", "'=1+1", "''=1", "'plain", "plain", "-3", "-x", "@", "'", "", "+",
                "\r=cmd")) {
            assertThat(SpreadsheetSafe.restore(SpreadsheetSafe.cell(value))).as(value).isEqualTo(value);
        }
    }
}
