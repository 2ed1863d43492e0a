package org.concordia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The interface's strings: every English key has its Arabic, with the same placeholders, and both read as UTF-8. */
class MessagesBundleTest {

    private static final String BASE = "org/concordia/platform/faces/i18n/Messages";

    @Test
    void everyStringHasItsArabicWithTheSamePlaceholders() throws IOException {
        Properties english = read(BASE + ".properties");
        Properties arabic = read(BASE + "_ar.properties");

        assertThat(arabic.stringPropertyNames()).as("Arabic keys").isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(arabic.getProperty(key))).as("placeholders of %s", key)
                    .isEqualTo(placeholders(english.getProperty(key)));
            assertThat(arabic.getProperty(key)).as("%s is translated or the same by intent", key).isNotBlank();
        }
        assertThat(english.getProperty("dir")).isEqualTo("ltr");
        assertThat(arabic.getProperty("dir")).isEqualTo("rtl");
    }

    @Test
    void theBundleReadsArabicLettersAndFormatsValues() {
        ResourceBundle arabic = ResourceBundle.getBundle(BASE.replace('/', '.'), Locale.forLanguageTag("ar"));

        assertThat(arabic.getString("menu.dashboard")).isEqualTo("\u0644\u0648\u062d\u0629 \u0627\u0644\u0645\u062a"
                + "\u0627\u0628\u0639\u0629");
        assertThat(MessageFormat.format(arabic.getString("coding.passage"), 3)).contains("3");
    }

    private static Properties read(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesBundleTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static java.util.Set<String> placeholders(String text) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
