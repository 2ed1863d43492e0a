package org.concordia.search.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Which language a document is in, as the search's language filter sees it: told from the text itself, for
 * languages no fixture names in advance, and not guessed where the text says too little.
 */
class LanguagesTest {

    @Test
    void aDocumentsLanguageIsToldFromItsText() {
        assertThat(Languages.of("Iran has thrown its weight behind Mustafa al-Kadhimi, Iraq's intelligence chief,"
                + " as the next prime minister, according to two officials who spoke on condition of anonymity."))
                .isEqualTo("en");
        assertThat(Languages.of("ألقت إيران بثقلها خلف مصطفى الكاظمي، رئيس جهاز المخابرات العراقي، ليكون رئيس"
                + " الوزراء المقبل، بحسب مسؤولَين تحدثا شرط عدم الكشف عن هويتهما.")).isEqualTo("ar");
        assertThat(Languages.of("L'Iran a apporté son soutien à Moustafa al-Kazimi, le chef des renseignements"
                + " irakiens, pour le poste de Premier ministre, selon deux responsables.")).isEqualTo("fr");
        assertThat(Languages.of("Der Iran unterstützt Mustafa al-Kadhimi, den Chef des irakischen Geheimdienstes,"
                + " als nächsten Ministerpräsidenten, sagten zwei Beamte.")).isEqualTo("de");
    }

    @Test
    void aMostlyEnglishDocumentWithArabicNamesIsEnglish() {
        String report = "The statement by the Marja'iya in Najaf (المرجعية الدينية) called on the parties to agree"
                + " on a government quickly. Officials said the cleric's office had not named a candidate.\n";
        assertThat(Languages.of(report.repeat(5))).isEqualTo("en");
    }

    @Test
    void tooLittleTextIsNoLanguage() {
        assertThat(Languages.of(null)).isNull();
        assertThat(Languages.of("")).isNull();
        assertThat(Languages.of("12 3 ok — 45%")).as("a few letters and figures").isNull();
        assertThat(Languages.of("Table 3.")).isNull();
    }

    @Test
    void aLanguageIsNamedInTheReadersLanguage() {
        assertThat(Languages.name("ar", Locale.ENGLISH)).isEqualTo("Arabic");
        assertThat(Languages.name("en", Locale.forLanguageTag("ar"))).isEqualTo("الإنجليزية");
        assertThat(Languages.name("zz", Locale.ENGLISH)).as("a code Java does not know").isEqualTo("zz");
    }
}
