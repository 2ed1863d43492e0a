package org.concordia.export.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.concordia.platform.text.Bundles;
import org.junit.jupiter.api.Test;

/** Whatever an import leaves out, the page says how many in English and in Arabic. */
class LeftOutTest {

    @Test
    void everyKindHasASentenceWithItsCountInBothLanguages() {
        for (LeftOut.Kind kind : LeftOut.Kind.values()) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("ar"))) {
                String sentence = Bundles.find(locale, kind.sentenceKey());
                assertThat(sentence).as(kind + " in " + locale).isNotBlank().contains("{0}");
                assertThat(Bundles.format(locale, kind.sentenceKey(), 7)).as(kind + " in " + locale).contains("7");
            }
        }
        assertThat(Bundles.find(Locale.forLanguageTag("ar"), LeftOut.Kind.PICTURE_SOURCES.sentenceKey()))
                .as("a translation, not the English").isNotEqualTo(Bundles.find(Locale.ENGLISH,
                        LeftOut.Kind.PICTURE_SOURCES.sentenceKey()));
    }

    @Test
    void anEntryListsAFewDistinctNames() {
        LeftOut entry = LeftOut.of(LeftOut.Kind.CASES, 9, List.of("a", "a", "b", "c", "d", "e", "f", "g"));

        assertThat(entry.examples()).containsExactly("a", "b", "c", "d", "e");
        assertThat(entry.description()).isEqualTo("Cases that cover no imported document (9)");
    }
}
