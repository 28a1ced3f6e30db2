package org.matchday.suggest;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Profile text as Lucene analyses it: English words stemmed by {@link EnglishAnalyzer} (so that "manufacturing" and
 * "manufacturers" meet, and "the", "we" count for nothing), Chinese cut into words by {@link SmartChineseAnalyzer}.
 * A profile's offers and seeks are lists in prose ("smart manufacturing, robotics and sensors"): they are cut into
 * phrases first, so that a reason can quote the phrase that matched rather than the whole text.
 */
final class TextAnalysis {

    /** Where one offer or need ends and the next begins, in English or Chinese prose. */
    private static final Pattern PHRASE_BREAK = Pattern.compile(
            "[,;:.!?()\\[\\]\\n\\r\\t/|•·，；：。！？、（）「」『』]+|\\s+(?:and|or|as well as|plus)\\s+|[和及與或]");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final int LONGEST_PHRASE = 120;

    // Analyzers are thread-safe: each thread reuses its own token streams.
    private final Analyzer english = new EnglishAnalyzer();
    private final Analyzer chinese = new SmartChineseAnalyzer();

    /** A phrase of a profile: its words as written, and as analysed. */
    record Phrase(String text, List<String> englishTokens, List<String> tokens, String normalised) {
    }

    /** The phrases of a text, in order; none for a blank one. */
    List<Phrase> phrases(String text) {
        List<Phrase> phrases = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return phrases;
        }
        for (String part : PHRASE_BREAK.split(text)) {
            String phrase = part.strip();
            if (phrase.isEmpty()) {
                continue;
            }
            if (phrase.length() > LONGEST_PHRASE) {
                phrase = phrase.substring(0, LONGEST_PHRASE).strip() + "…";
            }
            Phrase analysed = phrase(phrase);
            if (!analysed.tokens().isEmpty()) {
                phrases.add(analysed);
            }
        }
        return phrases;
    }

    /** One phrase, analysed whole. */
    Phrase phrase(String text) {
        List<String> englishTokens = new ArrayList<>();
        for (String token : analyse(english, text)) {
            if (!hasHan(token)) {
                englishTokens.add(token);
            }
        }
        List<String> tokens = new ArrayList<>(englishTokens);
        if (hasHan(text)) {
            for (String token : analyse(chinese, text)) {
                if (hasHan(token)) {
                    tokens.add(token);
                }
            }
        }
        return new Phrase(text, englishTokens, tokens, normalise(text));
    }

    static boolean hasHan(String text) {
        return HAN.matcher(text).find();
    }

    /** Compatibility forms folded, lower case, no spaces: how Chinese names are found inside a phrase. */
    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    private static List<String> analyse(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Analysing text in memory", e);
        }
        return tokens;
    }
}
