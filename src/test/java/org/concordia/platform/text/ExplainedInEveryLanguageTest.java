package org.concordia.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every refusal, import outcome and phrase the code says has its words in both languages, with a place for each value
 * the code puts in: read from the sources, so that a new {@code throw} without its bundle entry fails here rather than
 * in front of a user.
 */
class ExplainedInEveryLanguageTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    /** Where code names a bundle key as the first argument, followed by the values it puts in. */
    private static final Pattern KEYED = Pattern.compile("(?:new (?:InvalidInputException|NotFoundException|"
            + "ConflictException|AccessDeniedException|TooLargeException|ImportRejected)|Explanation\\.of|Texts\\.get)\\(\\s*"
            + "\"([a-z]+\\.[\\w.]+)\"");
    /** Actions in the role checks: "Only a supervisor of Seminar can <action>". */
    private static final Pattern ACTION = Pattern.compile("action = \"([^\"]+)\"|require(?:Writable|PlatformAdmin)?"
            + "\\((?:TenantRole\\.\\w+, )?\"([^\"]+)\"\\)");

    @Test
    void everyKeyTheCodeSaysIsInBothLanguagesWithAPlaceForEachValue() throws IOException {
        List<String> problems = new ArrayList<>();
        int keys = 0;
        for (Path file : javaFiles()) {
            String source = Files.readString(file);
            Matcher keyed = KEYED.matcher(source);
            while (keyed.find()) {
                keys++;
                String key = keyed.group(1);
                int values = valuesAfter(source, keyed.end());
                for (Locale language : List.of(Locale.ENGLISH, ARABIC)) {
                    String text = Bundles.find(language, key);
                    if (text == null || (language == ARABIC && text.equals(Bundles.find(Locale.ROOT, key))
                            && text.matches(".*[A-Za-z]{3,}.*"))) {
                        problems.add(SOURCES.relativize(file) + ": " + key + " has no " + language + " text");
                    } else if (placesIn(text) != values) {
                        problems.add(SOURCES.relativize(file) + ": " + key + " (" + language + ") has places for "
                                + placesIn(text) + " values, the code puts in " + values);
                    }
                }
            }
        }
        assertThat(keys).as("keys found in the sources").isGreaterThan(200);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyActionOfARoleCheckReadsInArabic() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path file : javaFiles()) {
            Matcher action = ACTION.matcher(Files.readString(file));
            while (action.find()) {
                String words = action.group(1) != null ? action.group(1) : action.group(2);
                if (Bundles.find(ARABIC, Phrase.keyOf(words)) == null) {
                    missing.add(SOURCES.relativize(file) + ": \"" + words + "\" (" + Phrase.keyOf(words) + ")");
                }
            }
        }
        assertThat(missing).as("actions without their Arabic").isEmpty();
    }

    /** How many values follow the key in the call that starts at {@code from}: commas at the call's own level. */
    private static int valuesAfter(String source, int from) {
        int depth = 0;
        int values = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                i = endOfString(source, i);
            } else if (c == '\'') {
                i = source.indexOf('\'', i + (source.charAt(i + 1) == '\\' ? 3 : 2));
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    return values;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                values++;
            }
        }
        throw new IllegalStateException("unbalanced call at " + from);
    }

    private static int endOfString(String source, int quote) {
        for (int i = quote + 1; ; i++) {
            if (source.charAt(i) == '\\') {
                i++;
            } else if (source.charAt(i) == '"') {
                return i;
            }
        }
    }

    /** The number of distinct places ({0}, {1}, ...) a text has. */
    private static int placesIn(String text) {
        return (int) Pattern.compile("\\{(\\d+)}").matcher(text).results().map(m -> m.group(1)).distinct().count();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
