package org.concordia.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.concordia.documents.model.DocumentVariables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A document's variables carry a version that changes exactly when they do: what an If-Match is checked against. */
class DocumentVariablesTest {

    @Test
    @DisplayName("The same variables read twice have the same version")
    void theSameVariablesHaveTheSameVersion() {
        assertThat(DocumentVariables.of(ordered("gender", "female", "wave", "2")).version())
                .isEqualTo(DocumentVariables.of(ordered("gender", "female", "wave", "2")).version());
        assertThat(DocumentVariables.of(Map.of()).version()).isEqualTo(DocumentVariables.of(Map.of()).version());
    }

    @Test
    @DisplayName("A changed value, a new variable, another order or a shifted boundary give another version")
    void anyChangeGivesAnotherVersion() {
        long before = DocumentVariables.of(ordered("gender", "female", "wave", "2")).version();
        assertThat(DocumentVariables.of(ordered("gender", "female", "wave", "3")).version()).isNotEqualTo(before);
        assertThat(DocumentVariables.of(ordered("gender", "female")).version()).isNotEqualTo(before);
        assertThat(DocumentVariables.of(ordered("wave", "2", "gender", "female")).version()).isNotEqualTo(before);
        assertThat(DocumentVariables.of(ordered("ab", "c")).version())
                .isNotEqualTo(DocumentVariables.of(ordered("a", "bc")).version());
        assertThat(before).as("an ETag without a sign").isNotNegative();
    }

    private static Map<String, String> ordered(String... namesAndValues) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }
}
