package org.concordia.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChangeTextTest {

    @Test
    @DisplayName("Field names read as words, attribute values as pairs, times as dates, nothing as a dash")
    void changesAreWordedForPeople() {
        assertThat(ChangeText.field("codebookVersion")).isEqualTo("codebook version");
        assertThat(ChangeText.field("name")).isEqualTo("name");
        assertThat(ChangeText.field("attributeValues")).isEqualTo("attributes");
        assertThat(ChangeText.field("claimTypeId")).isEqualTo("claim type");
        assertThat(ChangeText.value("claimTypeId", "12", "Stance")).as("an id as the name of what it points to")
                .isEqualTo("\u201cStance\u201d");
        assertThat(ChangeText.value("claimTypeId", "12", null)).as("no name known: the id").isEqualTo("12");
        assertThat(ChangeText.value("attributeValues", "subject=Iran&relation=accepted+or+acquiesced"))
                .isEqualTo("subject: Iran; relation: accepted or acquiesced");
        assertThat(ChangeText.value("updatedAt", "2026-12-01T15:01:27.586665Z")).matches("1 Dec 2026, \\d\\d:01:27");
        assertThat(ChangeText.value("name", "2026-12-01 was the day")).as("text stays text")
                .isEqualTo("2026-12-01 was the day");
        assertThat(ChangeText.value("role", "SUPERVISOR")).isEqualTo("supervisor");
        assertThat(ChangeText.value("state", "IN_REVIEW")).isEqualTo("in review");
        assertThat(ChangeText.value("sourceType", "THINK_TANK_REPORT")).isEqualTo("think tank report");
        assertThat(ChangeText.value("name", "NATO")).as("a name in capitals stays as written").isEqualTo("NATO");
        assertThat(ChangeText.value("memo", "")).isEqualTo("\u2014");
        assertThat(ChangeText.value("memo", null)).isEqualTo("\u2014");
    }
}
