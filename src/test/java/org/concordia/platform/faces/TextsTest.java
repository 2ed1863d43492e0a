package org.concordia.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concordia.documents.model.ImportOutcome;
import org.concordia.tenancy.model.TenantRole;
import org.junit.jupiter.api.Test;

/** The names of values (roles, states, kinds) in the interface's languages, and strings put together by beans. */
class TextsTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    @Test
    void aValueIsNamedInThePagesLanguage() {
        assertThat(Texts.find(Locale.ENGLISH, Texts.labelKey(TenantRole.CODER))).isEqualTo("coder");
        assertThat(Texts.find(ARABIC, Texts.labelKey(TenantRole.CODER))).isEqualTo("\u0645\u0631\u0645\u0650\u0651"
                + "\u0632");
        assertThat(Texts.labelKey(ImportOutcome.Result.FAILED)).as("a nested enum keeps its outer class")
                .isEqualTo("label.ImportOutcome.Result.FAILED");
        assertThat(Texts.label(Locale.ENGLISH, TenantRole.SUPERVISOR)).isEqualTo("supervisor");
    }

    @Test
    void somethingWithoutAnEntryIsNamedByItsOwnLabel() {
        assertThat(Texts.label(ARABIC, new Named())).isEqualTo("Krippendorff's alpha");
        assertThat(Texts.label(null)).isEmpty();
        assertThat(Texts.label(ARABIC, 42)).isEqualTo("42");
    }

    @Test
    void valuesArePutInAsWrittenAndApostrophesStay() {
        assertThat(Texts.of(Locale.ENGLISH, "assignments.msg.revealed", 3, "Iraq's vote"))
                .isEqualTo("The 3 coders of \u201cIraq's vote\u201d now see each other's codings.");
        assertThat(Texts.of(ARABIC, "document.msg.merged", 1234, 1235)).contains("1234").contains("1235");
    }

    /** Every enum a page shows by its label() has its name in English and Arabic in the bundle. */
    @Test
    void everyLabelledEnumHasItsNamesInBothLanguages() throws Exception {
        List<String> missing = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.concordia")) {
            if (!type.isEnum() || type.tryGetMethod("label").isEmpty()) {
                continue;
            }
            for (Object constant : Class.forName(type.getName()).getEnumConstants()) {
                String key = Texts.labelKey((Enum<?>) constant);
                for (Locale language : List.of(Locale.ROOT, ARABIC)) {
                    String found = Texts.find(language, key);
                    if (found == null || (language == ARABIC && found.equals(Texts.find(Locale.ROOT, key)))) {
                        missing.add(key + " (" + (language == ARABIC ? "ar" : "en") + ")");
                    }
                }
            }
        }
        assertThat(missing).as("enum values without their name in the bundle").isEmpty();
    }

    /** A measure or format: named by its own label(), a proper name in every language. */
    public static final class Named {
        public String label() {
            return "Krippendorff's alpha";
        }
    }
}
