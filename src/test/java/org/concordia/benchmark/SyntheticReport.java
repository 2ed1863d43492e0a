package org.concordia.benchmark;

import java.util.List;
import java.util.Random;

/**
 * A long, plausible report for benchmarks: headings, paragraphs and bullet lists in English about Iraqi politics,
 * made from a seeded random generator so every run codes the same text.
 */
final class SyntheticReport {

    private static final List<String> SUBJECTS = List.of("Iran", "The United States", "Kata'ib Hezbollah",
            "Mustafa al-Kadhimi", "Adnan al-Zurfi", "The Fatah Alliance", "Muqtada al-Sadr", "The PMF",
            "Tehran's envoy", "Washington", "The Sairoon bloc", "Parliament", "The Marja'iya", "Protesters");
    private static final List<String> VERBS = List.of("backed", "opposed", "accepted", "funded", "criticised",
            "negotiated with", "warned", "endorsed", "rejected", "pressured", "courted", "blocked");
    private static final List<String> OBJECTS = List.of("the nomination", "the new cabinet", "an early election",
            "the withdrawal of US troops", "the caretaker government", "a compromise candidate",
            "the electoral law", "the militias", "the protest movement", "the budget");
    private static final List<String> TAILS = List.of("in April 2020", "after weeks of talks",
            "according to officials in Baghdad", "despite strong objections", "as reported by Tasnim",
            "behind closed doors", "within days", "in a televised statement", "according to two sources",
            "with some reluctance");

    private SyntheticReport() {
    }

    /** About {@code words} words of text as it arrives from a web page export: blank lines between blocks. */
    static String ofWords(int words, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        int written = 0;
        int block = 0;
        while (written < words) {
            if (block % 12 == 0) {
                text.append("Section ").append(block / 12 + 1).append(": ").append(pick(random, SUBJECTS))
                        .append(" and ").append(pick(random, OBJECTS)).append("\n\n");
                written += 5;
            } else if (block % 7 == 0) {
                for (int i = 0; i < 3; i++) {
                    String sentence = sentence(random);
                    text.append("- ").append(sentence).append('\n');
                    written += sentence.split(" ").length;
                }
                text.append('\n');
            } else {
                int sentences = 3 + random.nextInt(5);
                for (int i = 0; i < sentences; i++) {
                    String sentence = sentence(random);
                    text.append(sentence).append(i + 1 < sentences ? " " : "\n\n");
                    written += sentence.split(" ").length;
                }
            }
            block++;
        }
        return text.toString();
    }

    private static String sentence(Random random) {
        return pick(random, SUBJECTS) + " " + pick(random, VERBS) + " " + pick(random, OBJECTS) + " "
                + pick(random, TAILS) + ", and " + pick(random, SUBJECTS).toLowerCase(java.util.Locale.ROOT) + " "
                + pick(random, VERBS) + " " + pick(random, OBJECTS) + ".";
    }

    private static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
