package org.concordia.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Properties;

/**
 * Where benchmarks keep what they share and what they found: {@code target/benchmarks/}, beside the test data
 * directory that the test JVM and the server both know from {@code CONCORDIA_DATA_DIR}.
 */
final class BenchmarkFiles {

    private BenchmarkFiles() {
    }

    static Path folder() throws IOException {
        Path folder = Path.of(System.getenv("CONCORDIA_DATA_DIR")).resolveSibling("benchmarks");
        Files.createDirectories(folder);
        return folder;
    }

    /** What the coding benchmark seeded (document and project ids), for the benchmarks that use it. */
    static Properties codingState() throws IOException {
        Properties state = new Properties();
        try (var in = Files.newInputStream(folder().resolve("coding-speed.properties"))) {
            state.load(in);
        }
        return state;
    }

    static void saveCodingState(Properties state) throws IOException {
        try (var out = Files.newOutputStream(folder().resolve("coding-speed.properties"))) {
            state.store(out, "coding speed benchmark");
        }
    }

    /** Prints a figure and appends it to {@code coding-speed.txt}. */
    static void report(String format, Object... arguments) throws IOException {
        reportTo("coding-speed.txt", format, arguments);
    }

    /** Prints a figure and appends it to {@code file} in the benchmark folder. */
    static void reportTo(String file, String format, Object... arguments) throws IOException {
        String line = String.format(Locale.ROOT, format, arguments);
        System.out.println("[benchmark] " + line);
        Files.writeString(folder().resolve(file), line + System.lineSeparator(), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    static Properties state(String name) throws IOException {
        Properties state = new Properties();
        try (var in = Files.newInputStream(folder().resolve(name + ".properties"))) {
            state.load(in);
        }
        return state;
    }

    static void saveState(String name, Properties state) throws IOException {
        try (var out = Files.newOutputStream(folder().resolve(name + ".properties"))) {
            state.store(out, name);
        }
    }
}
