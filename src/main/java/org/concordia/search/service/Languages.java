package org.concordia.search.service;

import java.lang.ref.SoftReference;
import java.util.Locale;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;

/**
 * Which language a text is in, by Tika's detector over Optimaize's n-gram profiles of 70 languages: an ISO 639-1
 * code ("en", "ar"), or none when the text is too short or too mixed for the detector to be reasonably certain.
 * The profiles take about 100 MB of heap and a second to load: they are loaded when a document is indexed, held
 * softly (the server may take the memory back when it needs it) and loaded again at the next document after that.
 */
public final class Languages {

    /** How much of a document's text decides its language: enough for any detector, little enough to be quick. */
    public static final int SAMPLE = 5_000;

    private static SoftReference<LanguageDetector> detector = new SoftReference<>(null);

    private Languages() {
    }

    /** The language of this text, or null when it cannot be told with reasonable certainty. */
    public static String of(CharSequence text) {
        if (text == null || text.codePoints().filter(Character::isLetter).limit(20).count() < 20) {
            return null;
        }
        LanguageResult result;
        LanguageDetector loaded = loaded();
        synchronized (loaded) {
            loaded.reset();
            loaded.addText(text.length() > SAMPLE ? text.subSequence(0, SAMPLE) : text);
            result = loaded.detect();
        }
        return result.isReasonablyCertain() ? result.getLanguage().toLowerCase(Locale.ROOT) : null;
    }

    /** The language's name in the reader's language: "Arabic", "العربية"; the code itself if Java knows no name. */
    public static String name(String code, Locale reader) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
        return name.isBlank() || name.equals(code) ? code : name;
    }

    private static synchronized LanguageDetector loaded() {
        LanguageDetector held = detector.get();
        if (held == null) {
            held = new OptimaizeLangDetector().loadModels();
            detector = new SoftReference<>(held);
        }
        return held;
    }
}
