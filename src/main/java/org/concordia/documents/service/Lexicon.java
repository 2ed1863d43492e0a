package org.concordia.documents.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/**
 * Which tokens are words: the English Hunspell dictionary LanguageTool ships (compiled for morfologik) and the
 * document's own vocabulary, with how often each word occurs in it. A word the dictionary lacks but the document
 * uses often (a name, a term, a word of another language) counts as a word too.
 */
public final class Lexicon {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+(?:['\u2019][\\p{L}]+)?");
    private static final String DICTIONARY = "/org/languagetool/resource/en/hunspell/en_US.dict";

    private static final Pattern COMPOUND = Pattern.compile("[\\p{L}\\p{M}]+-[\\p{L}\\p{M}]+");

    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final Map<String, Integer> compounds = new HashMap<>();
    private Boolean english;
    private final Speller speller = new Speller(Holder.ENGLISH);

    /** The vocabulary of the lines of a text, read line by line (no copy of a long text is made). */
    public static Lexicon ofLines(List<String> lines) {
        Lexicon lexicon = new Lexicon();
        for (String line : lines) {
            lexicon.add(line);
        }
        return lexicon;
    }

    /** The vocabulary of {@code text}, by the words' forms as written. */
    public static Lexicon of(CharSequence text) {
        Lexicon lexicon = new Lexicon();
        lexicon.add(text);
        return lexicon;
    }

    private void add(CharSequence text) {
        Lexicon lexicon = this;
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            lexicon.vocabulary.merge(words.group(), 1, Integer::sum);
        }
        Matcher compounds = COMPOUND.matcher(text);
        while (compounds.find()) {
            lexicon.compounds.merge(compounds.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
    }

    /** How often the document has this exact form. */
    public int count(String form) {
        return vocabulary.getOrDefault(form, 0);
    }

    /** How often the document writes this hyphenated compound ("self-determination"), in any case. */
    public int compoundCount(String compound) {
        return compounds.getOrDefault(compound.toLowerCase(Locale.ROOT), 0);
    }

    public Map<String, Integer> vocabulary() {
        return vocabulary;
    }

    /** In the dictionary (in any of its cases: "Iraq", "iraq" at a sentence start reads as "Iraq"). */
    public boolean inDictionary(String word) {
        if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
            return false;
        }
        return !speller.isMisspelled(word) || !speller.isMisspelled(capitalised(word))
                || !speller.isMisspelled(word.toLowerCase(Locale.ROOT));
    }

    /** A word: in the dictionary, or used at least twice in the document as written. */
    public boolean isWord(String word) {
        return inDictionary(word) || count(word) >= 2;
    }

    /** Whether the dictionary applies to this text at all: most of its common words are English. */
    public boolean speaksTheLanguage() {
        if (english == null) {
            english = measureEnglish();
        }
        return english;
    }

    private boolean measureEnglish() {
        long known = 0;
        long total = 0;
        for (var entry : vocabulary.entrySet()) {
            if (entry.getKey().length() > 1 && Character.isLetter(entry.getKey().codePointAt(0))) {
                total += entry.getValue();
                known += inDictionary(entry.getKey()) ? entry.getValue() : 0;
            }
        }
        return total > 0 && known >= total * 0.6;
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    /** The dictionary, read once: an immutable automaton, safe to share. */
    private static final class Holder {
        static final Dictionary ENGLISH = read();

        private static Dictionary read() {
            URL url = Lexicon.class.getResource(DICTIONARY);
            if (url == null) {
                throw new IllegalStateException("The English dictionary " + DICTIONARY + " is not on the class path");
            }
            try {
                return Dictionary.read(url);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
