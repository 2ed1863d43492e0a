package org.concordia.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.util.Locale;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.tenancy.model.TenantRole;
import org.junit.jupiter.api.Test;

/** What services say to people is read in the reader's language, its values included, and in English by the API. */
class ExplanationTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    @Test
    void aRefusalReadsInEnglishForTheApiAndInArabicOnAnArabicPage() {
        InvalidInputException refused = new InvalidInputException("error.tenancy.thereIsAProjectCalled", "Iraq 2020");

        assertThat(refused.getMessage()).isEqualTo("There is a project called \"Iraq 2020\" already.");
        assertThat(refused.messageIn(ARABIC)).isEqualTo("يوجد مشروع باسم «Iraq 2020» من قبل.");
    }

    @Test
    void wordsPutIntoAnExplanationAreInItsLanguageToo() {
        // A role (enum), a phrase written in English where it is used, and a nested explanation.
        Explanation onlySupervisors = Explanation.of("error.tenancy.onlyAOfCanYou", TenantRole.SUPERVISOR, "Seminar",
                Phrase.of("see agreement"), TenantRole.CODER);
        assertThat(onlySupervisors.english())
                .isEqualTo("Only a supervisor of Seminar can see agreement; you are a coder there.");
        assertThat(onlySupervisors.in(ARABIC)).contains("ترى الاتفاق", "مشرف", "مرمِّز", "Seminar")
                .doesNotContain("see agreement");

        Explanation row = Explanation.of("error.codebook.rowOfTheCsvNothing", 3,
                Explanation.of("error.codebook.aClaimTypeNeedsA"));
        assertThat(row.english()).isEqualTo("Row 3 of the CSV: A claim type needs a name. Nothing was imported.");
        assertThat(row.in(ARABIC)).contains("الصف 3", "يحتاج نوع الادعاء إلى اسم");
    }

    @Test
    void aPhraseStartingASentenceIsCapitalisedInEnglishOnly() {
        Explanation tooLong = Explanation.of("error.documents.theCanHaveAtMost", Phrase.capitalised("the author"), 300);

        assertThat(tooLong.english()).isEqualTo("The author can have at most 300 characters.");
        assertThat(tooLong.in(ARABIC)).startsWith("يمكن أن يتكون المؤلف");
    }

    @Test
    void aPhraseWithoutATranslationIsShownAsWritten() {
        assertThat(Phrase.of("juggle the gold standard").in(ARABIC)).isEqualTo("juggle the gold standard");
        assertThat(Phrase.keyOf("change the tenant's settings")).isEqualTo("phrase.changeTheTenantsSettings");
        assertThat(Phrase.keyOf("\u201cwhen not to use\u201d")).isEqualTo("phrase.whenNotToUse");
        assertThat(Phrase.keyOf("correct the clean-up")).isEqualTo("phrase.correctTheCleanUp");
    }

    @Test
    void anExplanationTravelsWithAPagesState() throws Exception {
        Explanation explanation = Explanation.of("import.tooLarge", "60 MB", "50 MB");
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(explanation);
        }
        assertThat(explanation).isEqualTo(Explanation.of("import.tooLarge", "60 MB", "50 MB"));
        assertThat(explanation.toString()).isEqualTo("it is 60 MB; the largest file Concordia imports is 50 MB");
    }
}
