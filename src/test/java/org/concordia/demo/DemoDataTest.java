package org.concordia.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    @DisplayName("Of two servers seeding an empty database at once, the one that cannot open the demo tenant leaves it to the other")
    void theServerThatLosesTheRaceToSeedLeavesTheDemoToTheOther() {
        boolean[] demoThere = {false};
        assertThat(DemoData.claimed(() -> demoThere[0] = true, () -> demoThere[0])).isTrue();
        assertThat(DemoData.claimed(() -> {
            throw new IllegalStateException("duplicate key value violates unique constraint \"tenant_pkey\"");
        }, () -> demoThere[0])).isFalse();
    }

    @Test
    @DisplayName("A seeding that fails for any other reason fails the start, as before")
    void aSeedingThatFailsWithNoDemoThereIsAFailure() {
        IllegalStateException broken = new IllegalStateException("the database cannot be reached");
        assertThatThrownBy(() -> DemoData.claimed(() -> {
            throw broken;
        }, () -> false)).isSameAs(broken);
    }
}
