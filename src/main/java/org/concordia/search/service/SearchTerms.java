package org.concordia.search.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The terms a text is searched by, from Lucene's analysers: words as Unicode segments them, lower case, accents and
 * apostrophes gone (Kata'ib, Kata’ib and Kataib are one term), English possessives and suffixes stemmed (backed,
 * backing and backs are "back"), Arabic normalised (alef and yeh forms, teh marbuta, diacritics) and lightly stemmed
 * (the article and common prefixes and suffixes). A passage and a query go through the same analysis, so they meet
 * on the same terms. Pure and thread-safe.
 */
public final class SearchTerms {

    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02bc`]");

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer words = new StandardTokenizer();
            TokenStream terms = new EnglishPossessiveFilter(words);
            terms = new LowerCaseFilter(terms);
            terms = new ASCIIFoldingFilter(terms);
            terms = new PatternReplaceFilter(terms, APOSTROPHES, "", true);
            terms = new ArabicNormalizationFilter(terms);
            terms = new ArabicStemFilter(terms);
            terms = new PorterStemFilter(terms);
            return new TokenStreamComponents(words, terms);
        }
    };

    private SearchTerms() {
    }

    /** A term of a text and where it stands: {@code start} and {@code end} are char offsets into the text. */
    public record Token(String term, int start, int end) {
    }

    /** The text's terms, in order, with where each stands in it. */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return tokens;
        }
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 0) {
                    tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Text could not be analysed for search", e);
        }
        return tokens;
    }

    /**
     * The text's terms in order, separated by a space: equal for two texts that say the same words in any form
     * ("Al-Kadhimi" and "al Kadhimi", "backed" and "backing").
     */
    public static String normalised(String text) {
        return String.join(" ", tokens(text).stream().map(Token::term).toList());
    }

    /** The text's terms in order of appearance, each once. */
    public static List<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        tokens(text).forEach(t -> terms.add(t.term()));
        return List.copyOf(terms);
    }

    /**
     * The text's distinct terms as stored for matching: separated and surrounded by spaces, so that " term " is
     * found in it exactly when the text has the term.
     */
    public static String indexed(String text) {
        List<String> terms = terms(text);
        return terms.isEmpty() ? "" : " " + String.join(" ", terms) + " ";
    }
}
