package org.concordia.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.concordia.coding.model.CodingView;
import org.concordia.coding.service.Highlighter;
import org.concordia.coding.service.Highlighter.Segment;
import org.junit.jupiter.api.Test;

class HighlighterTest {

    private static final String TEXT = "Iran 😀 backed al-Kadhimi in May.";

    @Test
    void overlappingCodingsCutThePassageIntoSegmentsByCodePoints() {
        // The passage starts at document offset 100; "backed al-Kadhimi" is 7..24, "al-Kadhimi" 14..24.
        List<Segment> segments = Highlighter.segments(TEXT, 100, List.of(coding(1, 107, 124), coding(2, 114, 124)));

        assertThat(segments).extracting(Segment::text).containsExactly("Iran 😀 ", "backed ", "al-Kadhimi", " in May.");
        assertThat(segments).extracting(Segment::codingIds)
                .containsExactly(List.of(), List.of(1L), List.of(1L, 2L), List.of());
        assertThat(String.join("", segments.stream().map(Segment::text).toList())).isEqualTo(TEXT);
    }

    @Test
    void anUncodedPassageIsOneSegment() {
        assertThat(Highlighter.segments(TEXT, 0, List.of())).singleElement()
                .returns(TEXT, Segment::text).returns(List.of(), Segment::codingIds);
    }

    private static CodingView coding(long id, int start, int end) {
        return new CodingView(id, 1, 1, 1, start, end, "ada", 1, Map.of(), null, Instant.now());
    }
}
