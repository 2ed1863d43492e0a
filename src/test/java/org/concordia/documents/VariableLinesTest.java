package org.concordia.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.concordia.documents.model.VariableLines;
import org.concordia.platform.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A document's variables typed one per line, as the document page takes them. */
class VariableLinesTest {

    @Test
    void eachLineIsANameAndAValueInTheOrderTyped() {
        Map<String, String> variables = VariableLines.parse("wave: 2\r\n\n  region :Basra \ntime: 10:30\n");

        assertThat(variables).containsExactly(Map.entry("wave", "2"), Map.entry("region", "Basra"),
                Map.entry("time", "10:30"));
        assertThat(VariableLines.format(variables)).isEqualTo("wave: 2\nregion: Basra\ntime: 10:30");
        assertThat(VariableLines.parse(VariableLines.format(variables))).isEqualTo(variables);
    }

    @Test
    void aLineWithoutANameOrTwoLinesOfOneNameAreRefusedByName() {
        assertThatThrownBy(() -> VariableLines.parse("wave: 2\nBasra")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\u201cBasra\u201d needs a variable name");
        assertThatThrownBy(() -> VariableLines.parse(": 2")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> VariableLines.parse("Wave: 1\nwave: 2")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Two variables are called \u201cwave\u201d");
    }
}
