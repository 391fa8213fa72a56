package com.qh.analysis.tone;

import com.qh.analysis.tone.ToneReport.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Tone and wording of a Russian or English text: sentiment, formality, confidence, readability and findings with
 * offsets and suggestions (see {@link FindingType}). Plain Java so that the resume-review job (its summary and
 * bullets) and the letter service call it without Spring: {@code ToneAnalyzer.builtIn().analyze(text, locale)}.
 *
 * <p>Offline: rules and lexicons under {@code tone/} on the classpath, read once; Lucene's tokenizer and Snowball
 * stemmers. Stateless after construction and thread-safe. A one-page text takes about a millisecond (see the module
 * README).
 */
public final class ToneAnalyzer {

    /** The longest text analysed, in characters ({@code String.length()}): about ten pages. */
    public static final int MAX_LENGTH = 20_000;

    private static final Comparator<Finding> TEXT_ORDER = Comparator
            .comparing((Finding finding) -> finding.type() == FindingType.LONG_SENTENCE)
            .thenComparingInt(Finding::start).thenComparingInt(Finding::end);

    private final Map<Language, Rules> rules = new EnumMap<>(Language.class);

    private ToneAnalyzer() {
        for (Language language : Language.values()) {
            rules.put(language, new Rules(language));
        }
    }

    /** The analyser with the built-in lexicons; reads them (some 50 small files) on every call, so keep one. */
    public static ToneAnalyzer builtIn() {
        return new ToneAnalyzer();
    }

    /** Whether a language is one the analyser reads: English or Russian. */
    public static boolean supports(Locale language) {
        return Language.of(language) != null;
    }

    /** A resume's text (summary, bullets, headline): the first person is a finding. */
    public ToneReport analyze(String text, Locale language) {
        return analyze(text, language, TextKind.RESUME);
    }

    /**
     * Analyses a text.
     *
     * @param text up to {@link #MAX_LENGTH} characters
     * @param language English or Russian, or null to tell by the share of Cyrillic letters
     * @param kind resume or letter
     * @throws IllegalArgumentException for a longer text or another language
     */
    public ToneReport analyze(String text, Locale language, TextKind kind) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The text has " + text.length() + " characters; at most " + MAX_LENGTH
                    + " are analysed.");
        }
        Language lang = language == null ? Language.detect(text) : Language.of(language);
        if (lang == null) {
            throw new IllegalArgumentException("Only English and Russian are analysed, not " + language + ".");
        }
        return rules.get(lang).analyze(Text.of(text, lang), kind, language == null);
    }

    /** Everything one language needs, read once. */
    private static final class Rules {

        private final Wording wording;
        private final PassiveVoice passive;
        private final LongSentences longSentences;
        private final UnquantifiedClaims claims;
        private final SentimentScorer sentiment;
        private final Style style;

        Rules(Language language) {
            Suggestions suggestions = new Suggestions(language);
            this.wording = new Wording(language, suggestions);
            this.passive = new PassiveVoice(language, suggestions);
            this.longSentences = new LongSentences(language, suggestions);
            this.claims = new UnquantifiedClaims(language, suggestions);
            this.sentiment = new SentimentScorer(language);
            this.style = new Style(language);
        }

        ToneReport analyze(Text text, TextKind kind, boolean detected) {
            List<Finding> weakVerbs = wording.weakVerbs(text);
            List<Finding> cliches = wording.cliches(text);
            List<Finding> lexical = new ArrayList<>(weakVerbs);
            lexical.addAll(cliches);
            List<Finding> passives = passive.find(text).stream()
                    .filter(finding -> !overlapsAny(finding, lexical)).toList();
            List<Finding> findings = new ArrayList<>(lexical);
            findings.addAll(passives);
            findings.addAll(wording.fillers(text).stream().filter(finding -> !overlapsAny(finding, lexical)).toList());
            if (kind == TextKind.RESUME) {
                findings.addAll(wording.firstPerson(text));
            }
            findings.addAll(claims.find(text));
            findings.addAll(longSentences.find(text));
            findings.sort(TEXT_ORDER);
            return new ToneReport(text.language.tag, detected, kind, sentiment.score(text, cliches.size()),
                    style.formality(text), style.confidence(text, weakVerbs.size(), passives.size()),
                    Readability.of(text), findings);
        }

        private static boolean overlapsAny(Finding finding, List<Finding> others) {
            for (Finding other : others) {
                if (finding.start() < other.end() && other.start() < finding.end()) {
                    return true;
                }
            }
            return false;
        }
    }
}
