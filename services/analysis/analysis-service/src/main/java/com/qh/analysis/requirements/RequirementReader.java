package com.qh.analysis.requirements;

import com.qh.ai.AiBudgetSpentException;
import com.qh.ai.Generated;
import com.qh.ai.GenerationTask;
import com.qh.ai.Generator;
import com.qh.ai.Language;
import com.qh.ai.Quoted;
import com.qh.analysis.match.ReadVacancy;
import com.qh.analysis.match.Vacancy;
import com.qh.analysis.match.VacancyMatcher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads a vacancy's requirements for a match: the skills taxonomy's reading ({@link VacancyMatcher#read}), and, with
 * a model configured for feature {@code requirements}, the model's must and plus requirements merged into it (see
 * {@link RequirementMerge}: only what the vacancy's text shows is added). Without a model, with the feature switched
 * off, when the model fails (the generator's fallback) or the user's AI budget is spent, the reading is the
 * taxonomy's alone, the same as {@link VacancyMatcher#read} gives.
 *
 * <p>Used for the matches a user asks for (one vacancy at a time); the recommendation index reads thousands of
 * market vacancies and stays with the taxonomy. The model's answers are kept in memory per vacancy title, text and
 * language (the newest {@value #KEPT}; a new prompt version comes with a new build, which starts empty), so matching
 * the same vacancy again costs no tokens.
 */
@Component
public class RequirementReader {

    static final String FEATURE = "requirements";
    /** Model readings kept; a reading is a few hundred bytes, so this is well under a megabyte. */
    static final int KEPT = 500;

    private static final Logger log = LoggerFactory.getLogger(RequirementReader.class);

    private final Generator generator;
    private final Map<String, ModelRequirements> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ModelRequirements> eldest) {
            return size() > KEPT;
        }
    };

    RequirementReader(Generator generator) {
        this.generator = generator;
    }

    /**
     * The vacancy read for matching.
     *
     * @param matcher the matcher the match is made with (of the skills taxonomy release in use), which reads it
     * @param userId whose AI budget pays for the model's reading
     */
    public ReadVacancy read(VacancyMatcher matcher, Vacancy vacancy, UUID userId) {
        ReadVacancy offline = matcher.read(vacancy);
        if (vacancy.text().isBlank() || !generator.modelEnabled(FEATURE)) {
            return offline;
        }
        ModelRequirements answer = modelReading(vacancy, userId);
        if (answer == null || answer.requirements().isEmpty()) {
            return offline;
        }
        RequirementMerge.Merged merged = RequirementMerge.merge(offline, answer.requirements(),
                matcher.graph().taxonomy());
        log.info("Model requirements for a vacancy: {} given, {} skills added, not taken: {}",
                answer.requirements().size(), merged.added().size(), merged.dropped());
        return merged.read();
    }

    private ModelRequirements modelReading(Vacancy vacancy, UUID userId) {
        Language language = languageOf(vacancy.text());
        String key = key(vacancy, language);
        synchronized (kept) {
            ModelRequirements known = kept.get(key);
            if (known != null) {
                return known;
            }
        }
        Generated<ModelRequirements> generated;
        try {
            generated = generator.generate(GenerationTask.structured(FEATURE, ModelRequirements.class)
                    .language(language)
                    .variable("position", vacancy.title())
                    .quote(Quoted.vacancy(vacancy.text()))
                    .user(userId)
                    .offline(() -> ModelRequirements.NONE)
                    .build());
        }
        catch (AiBudgetSpentException e) {
            // The match does not need the model: the taxonomy's reading answers, as it does without one.
            log.info("No model requirements: the user's AI budget is spent");
            return null;
        }
        if (!generated.fromModel()) {
            return null;
        }
        synchronized (kept) {
            kept.put(key, generated.value());
        }
        return generated.value();
    }

    /** Russian when the text has more Cyrillic letters than Latin ones, else English. */
    static Language languageOf(String text) {
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                cyrillic++;
            }
            else if (c < 128 && Character.isLetter(c)) {
                latin++;
            }
        }
        return cyrillic > latin ? Language.RU : Language.EN;
    }

    private static String key(Vacancy vacancy, Language language) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(language.name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(String.valueOf(vacancy.title()).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(vacancy.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
