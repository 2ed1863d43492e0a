package org.concordia.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concordia.consensus.model.ReliabilityData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How units keep their values: missing coders absent, and the few patterns of a large study shared. */
class ReliabilityDataTest {

    @Test
    @DisplayName("A coder with a null value is missing, as one without a value is")
    void aNullValueIsMissing() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("ada", "1");
        values.put("ben", null);
        ReliabilityData.Unit unit = new ReliabilityData.Unit("u1", values);
        assertThat(unit.values()).containsExactly(Map.entry("ada", "1"));
        assertThat(unit.valuesIn(List.of("ada", "ben"))).containsExactly("1");
        assertThat(new ReliabilityData.Unit("u2", unit.values()).values()).isEqualTo(unit.values());
    }

    @Test
    @DisplayName("Units given one unmodifiable map of values share it, and each keeps its own id")
    void unitsGivenOneMapShareIt() {
        Map<String, String> noneApplied = Map.copyOf(new HashMap<>(Map.of("ada", "0", "ben", "0")));
        ReliabilityData.Unit first = new ReliabilityData.Unit("1/10/3", noneApplied);
        ReliabilityData.Unit second = new ReliabilityData.Unit("1/11/3", noneApplied);
        ReliabilityData.Unit other = new ReliabilityData.Unit("1/12/3", Map.of("ada", "1", "ben", "0"));
        assertThat(second.values()).as("no copy per unit").isSameAs(first.values()).isSameAs(noneApplied);
        assertThat(List.of(first.id(), second.id(), other.id())).containsExactly("1/10/3", "1/11/3", "1/12/3");

        ReliabilityData data = new ReliabilityData(List.of("ada", "ben"), List.of(first, second, other),
                List.of("0", "1"));
        assertThat(data.units()).extracting(u -> u.valuesIn(data.coders())).containsExactly(List.of("0", "0"),
                List.of("0", "0"), List.of("1", "0"));
    }
}
