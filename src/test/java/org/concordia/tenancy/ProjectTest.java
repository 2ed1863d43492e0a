package org.concordia.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.concordia.platform.errors.InvalidInputException;
import org.concordia.tenancy.model.Project;
import org.junit.jupiter.api.Test;

class ProjectTest {

    @Test
    void keepsWhoCreatedItAndTrimsWhatWasTyped() {
        Project sut = new Project("  Elections 2020 ", "  who backed whom  ", "irene");

        assertThat(sut.getName()).isEqualTo("Elections 2020");
        assertThat(sut.getDescription()).isEqualTo("who backed whom");
        assertThat(sut.getCreatedBy()).isEqualTo("irene");
        assertThat(sut.getCreatedAt()).isNotNull();
    }

    @Test
    void aBlankDescriptionIsNoDescription() {
        assertThat(new Project("Elections", "   ", "irene").getDescription()).isNull();
    }

    @Test
    void refusesNamesAndDescriptionsThatDoNotFit() {
        assertThatThrownBy(() -> new Project(null, null, "irene")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Project("x".repeat(Project.MAX_NAME + 1), null, "irene"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 200");
        assertThatThrownBy(() -> new Project("ok", "x".repeat(Project.MAX_DESCRIPTION + 1), "irene"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 2000");
    }

    @Test
    void aFailedRenameLeavesTheProjectAsItWas() {
        Project sut = new Project("Elections", "first", "irene");

        assertThatThrownBy(() -> sut.describeAs(" ", "second")).isInstanceOf(InvalidInputException.class);

        assertThat(sut.getName()).isEqualTo("Elections");
        assertThat(sut.getDescription()).isEqualTo("first");
    }
}
