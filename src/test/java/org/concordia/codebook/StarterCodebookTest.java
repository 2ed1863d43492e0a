package org.concordia.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.concordia.codebook.model.AttributeField;
import org.concordia.codebook.model.AttributeType;
import org.concordia.codebook.model.ClaimType;
import org.concordia.codebook.model.ClaimTypeView;
import org.junit.jupiter.api.Test;

class StarterCodebookTest {

    private final List<ClaimTypeView> starter = RefiQdaCodebookTest.starterViews();

    @Test
    void everyCodableClaimTypeHasItsOwnHotkeyAndIsValid() {
        List<ClaimTypeView> codable = starter.stream().filter(t -> t.draft().codable()).toList();

        assertThat(codable).allMatch(t -> t.draft().hotkey() != null);
        assertThat(codable.stream().map(t -> t.draft().hotkey())).doesNotHaveDuplicates();
        assertThat(starter.stream().map(ClaimTypeView::name)).doesNotHaveDuplicates();
        starter.forEach(t -> new ClaimType(1, t.guid(), 0, t.draft())); // the entity's own checks accept each
    }

    @Test
    void supportAndOppositionCarryTheStructureConflictsAreFoundBy() {
        ClaimTypeView support = starter.stream().filter(t -> t.name().equals("Support")).findFirst().orElseThrow();

        assertThat(support.draft().attributes()).extracting(AttributeField::name)
                .containsExactly("subject", "relation", "object", "time", "certainty", "attributed to");
        AttributeField relation = support.draft().attributes().get(1);
        assertThat(relation.type()).isEqualTo(AttributeType.CHOICE);
        assertThat(relation.choices()).contains("backed", "accepted or acquiesced");
        assertThat(support.parentId()).isNotNull();
        assertThat(starter.stream().filter(t -> Objects.equals(t.id(), support.parentId())).findFirst()
                .orElseThrow().draft().codable()).isFalse();
    }
}
