package org.concordia.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Demo tenants, with their well-known passwords, go only where they belong. */
class DemoDataTest {

    @Test
    @DisplayName("The embedded H2 database gets the demo unless it is switched off")
    void theEmbeddedDatabaseGetsTheDemo() {
        assertThat(DemoData.wanted(null, "H2")).isTrue();
        assertThat(DemoData.wanted("", "H2")).isTrue();
        assertThat(DemoData.wanted("false", "H2")).isFalse();
    }

    @Test
    @DisplayName("An empty PostgreSQL database gets no demo unless CONCORDIA_DEMO=true asks for it")
    void productionDatabasesGetTheDemoOnlyWhenAsked() {
        assertThat(DemoData.wanted(null, "PostgreSQL")).isFalse();
        assertThat(DemoData.wanted("no", "PostgreSQL")).isFalse();
        assertThat(DemoData.wanted("true", "PostgreSQL")).isTrue();
        assertThat(DemoData.wanted(" TRUE ", "PostgreSQL")).isTrue();
    }
}
