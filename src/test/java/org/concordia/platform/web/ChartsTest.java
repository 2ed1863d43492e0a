package org.concordia.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Chart configurations stand inside an inline script: a claim type's or document's name cannot end it. */
class ChartsTest {

    private static final String HOSTILE = "Opposition \"></script><script>alert(1)</script>";

    @Test
    @DisplayName("A claim type named to close the script is a label of the chart, not markup of the page")
    void hostileLabelsStayLabels() {
        List<Charts.Series> series = List.of(new Charts.Series("coded </script>", "#1f77b4", List.of(3, 4)));
        String bars = Charts.stackedBars(List.of(HOSTILE, "Support"), series);
        String lines = Charts.lines(List.of(HOSTILE, "2021"), series);
        String doughnut = Charts.doughnut(List.of(HOSTILE), List.of(1), List.of("#9e9e9e"));

        for (String config : List.of(bars, lines, doughnut)) {
            assertThat(config).doesNotContain("<", ">");
            assertThat(Json.createReader(new StringReader(config)).readObject().getJsonObject("data")
                    .getJsonArray("labels").getString(0)).as("the label reads back as it was").isEqualTo(HOSTILE);
        }
    }
}
