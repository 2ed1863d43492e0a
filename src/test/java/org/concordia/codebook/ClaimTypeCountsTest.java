package org.concordia.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.concordia.codebook.model.ClaimTypeCounts;
import org.concordia.codebook.model.ClaimTypeDraft;
import org.concordia.codebook.model.ClaimTypeView;
import org.junit.jupiter.api.Test;

/** A claim type's count holds the codings of the claim types below it. */
class ClaimTypeCountsTest {

    @Test
    void aGroupingCountsItsDescendantsAndALeafItself() {
        List<ClaimTypeView> types = List.of(type(1, null), type(2, 1L), type(3, 1L), type(4, 3L), type(5, null));
        Map<Long, Long> counts = ClaimTypeCounts.withDescendants(types, Map.of(2L, 3L, 4L, 2L, 3L, 1L, 99L, 7L));

        assertThat(counts).containsEntry(1L, 6L).containsEntry(2L, 3L).containsEntry(3L, 3L).containsEntry(4L, 2L)
                .as("never applied").containsEntry(5L, 0L).as("a claim type no longer in the codebook")
                .doesNotContainKey(99L);
    }

    private static ClaimTypeView type(long id, Long parent) {
        return new ClaimTypeView(id, "guid-" + id, parent, parent == null ? 0 : 1, new ClaimTypeDraft(parent,
                "type " + id, null, null, null, null, "#1f77b4", null, true, List.of()));
    }
}
