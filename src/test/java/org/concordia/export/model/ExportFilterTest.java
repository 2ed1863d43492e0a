package org.concordia.export.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ExportFilterTest {

    @Test
    void aFilterKeptWithAJobIsReadBackAsItWas() {
        ExportFilter filter = new ExportFilter(Set.of(3L, 12L), Set.of(7L), Set.of("ada", "o'brien, k.", "لیلا"),
                Set.of("DISPUTED", "ADJUDICATED"), true);

        assertThat(ExportFilter.fromSpec(filter.spec())).isEqualTo(filter);
    }

    @Test
    void everythingStaysEverything() {
        assertThat(ExportFilter.fromSpec(ExportFilter.everything().spec())).isEqualTo(ExportFilter.everything());
    }
}
