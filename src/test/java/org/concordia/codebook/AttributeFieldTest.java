package org.concordia.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.concordia.codebook.model.AttributeField;
import org.concordia.codebook.model.AttributeType;
import org.concordia.codebook.model.MeasurementLevel;
import org.concordia.platform.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Levels of measurement on attributes: what fits, what is checked, and how the CSV form writes and reads them. */
class AttributeFieldTest {

    @Test
    void everyTypeHasAUsualLevelAndFilesWithoutLevelsReadAsBefore() {
        assertThat(AttributeField.parse("stance (choice: backed,accepted,opposed, required)").level())
                .isEqualTo(MeasurementLevel.NOMINAL);
        assertThat(AttributeField.parse("certainty (certainty scale)").level()).isEqualTo(MeasurementLevel.ORDINAL);
        assertThat(AttributeField.parse("casualties (number)").level()).isEqualTo(MeasurementLevel.INTERVAL);
        assertThat(AttributeField.parse("actor (entity, required)").level()).isEqualTo(MeasurementLevel.NOMINAL);
        assertThat(new AttributeField("when", AttributeType.DATE, List.of(), false).toString())
                .as("the usual level is not written").isEqualTo("when (date)");
    }

    @Test
    void aDeclaredLevelIsWrittenAndReadBack() {
        List<AttributeField> fields = List.of(
                new AttributeField("intensity", AttributeType.CHOICE, List.of("low", "medium", "high", "extreme"),
                        true, MeasurementLevel.ORDINAL),
                new AttributeField("casualties", AttributeType.NUMBER, List.of(), false, MeasurementLevel.RATIO),
                new AttributeField("rank", AttributeType.NUMBER, List.of(), false, MeasurementLevel.ORDINAL),
                new AttributeField("code", AttributeType.NUMBER, List.of(), false, MeasurementLevel.NOMINAL),
                new AttributeField("when", AttributeType.DATE, List.of(), false, MeasurementLevel.ORDINAL),
                new AttributeField("sureness", AttributeType.CERTAINTY, List.of(), false, MeasurementLevel.NOMINAL));

        for (AttributeField field : fields) {
            assertThat(AttributeField.parse(field.toString())).as(field.toString()).isEqualTo(field)
                    .extracting(AttributeField::level).isEqualTo(field.level());
        }
        assertThat(fields.get(0).toString()).isEqualTo("intensity (choice: low,medium,high,extreme, ordinal, required)");
        assertThat(fields.get(1).toString()).isEqualTo("casualties (number, ratio)");
    }

    @Test
    void anOrdinalChoiceIsOrderedAsItsChoicesAreListedOfAnyLength() {
        List<String> likert = List.of("strongly disagree", "disagree", "somewhat disagree", "neither",
                "somewhat agree", "agree", "strongly agree");
        AttributeField field = new AttributeField("agreement", AttributeType.CHOICE, likert, false,
                MeasurementLevel.ORDINAL);

        assertThat(field.orderedScale()).containsExactlyElementsOf(likert);
        assertThat(new AttributeField("stance", AttributeType.CHOICE, likert, false).orderedScale())
                .as("a nominal choice has no order").isEmpty();
        assertThat(new AttributeField("certainty", AttributeType.CERTAINTY, List.of(), false).orderedScale())
                .containsExactlyElementsOf(AttributeField.CERTAINTY_SCALE);
    }

    @Test
    void aLevelTheValuesCannotHaveIsRefusedWithTheReason() {
        assertThatThrownBy(() -> new AttributeField("quote", AttributeType.TEXT, List.of(), false,
                MeasurementLevel.ORDINAL)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("“quote” (text) cannot be ordinal");
        assertThatThrownBy(() -> new AttributeField("stance", AttributeType.CHOICE, List.of("a", "b"), false,
                MeasurementLevel.INTERVAL)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cannot be interval");
        assertThatThrownBy(() -> AttributeField.parse("actor (entity, ratio)"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot be ratio");
    }

    @Test
    void aRatioScaleStartsAtZero() {
        AttributeField casualties = new AttributeField("casualties", AttributeType.NUMBER, List.of(), false,
                MeasurementLevel.RATIO);
        casualties.check("0");
        casualties.check("1,250");
        assertThatThrownBy(() -> casualties.check("-3")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ratio scale");
        new AttributeField("change", AttributeType.NUMBER, List.of(), false, MeasurementLevel.INTERVAL).check("-3");
    }
}
