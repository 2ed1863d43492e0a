package org.concordia.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which languages a person can ask for, and the address of the same page in another language. */
class LanguageChoiceTest {

    @Test
    void aLanguageIsOfferedByItsLanguageWhateverItsRegion() {
        assertThat(LanguageChoice.offered("ar")).contains("ar");
        assertThat(LanguageChoice.offered("ar-IQ")).contains("ar");
        assertThat(LanguageChoice.offered("ar_IQ")).as("Keycloak's form of a tag").contains("ar");
        assertThat(LanguageChoice.offered("EN")).contains("en");
        assertThat(LanguageChoice.offered("fa")).as("not spoken yet").isEmpty();
        assertThat(LanguageChoice.offered("../../etc")).isEmpty();
        assertThat(LanguageChoice.offered(null)).isEmpty();
        assertThat(LanguageChoice.offered(" ")).isEmpty();
    }

    @Test
    void theSamePageKeepsItsParametersAndGetsTheLanguage() {
        assertThat(LanguageChoice.withLanguage(null, "ar")).isEqualTo("lang=ar");
        assertThat(LanguageChoice.withLanguage("project=12", "ar")).isEqualTo("project=12&lang=ar");
        assertThat(LanguageChoice.withLanguage("lang=ar&project=12", "en")).as("the earlier choice replaced")
                .isEqualTo("project=12&lang=en");
        assertThat(LanguageChoice.withLanguage("language=x&lang=ar", "en")).isEqualTo("language=x&lang=en");
    }

    @Test
    void eachLanguageIsNamedInItself() {
        LanguageChoice choice = new LanguageChoice();
        assertThat(choice.nameOf("en")).isEqualTo("English");
        assertThat(choice.nameOf("ar")).isEqualTo("\u0627\u0644\u0639\u0631\u0628\u064a\u0629");
    }
}
