package com.qh.ai;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.ai.converter.BeanOutputConverter;

/**
 * One piece of generation a feature asks for: which prompt, with what, for whom, what shape the answer takes, and
 * what to answer without a model.
 *
 * <p>Build it with {@link #structured(String, Class)} for a JSON answer bound to a record, or {@link #text(String)}
 * for prose (a letter draft that may be streamed):
 *
 * <pre>{@code
 * GenerationTask<LetterDraft> task = GenerationTask.structured("letter-draft", LetterDraft.class)
 *         .language(Language.RU)
 *         .variable("candidate", profileSummary)
 *         .quote(Quoted.vacancy(vacancy.text()))
 *         .user(userId)
 *         .offline(() -> templates.draft(profile, vacancy))
 *         .build();
 * }</pre>
 *
 * @param feature    the feature name, which names the prompt file ({@code letter-draft}, {@code resume-bullets},
 *                   {@code requirements}) and the per-feature settings
 * @param language   the language to write in and of the prompt
 * @param variables  the prompt's variables ({@code {{name}}} in the prompt file): the profile's own facts
 * @param quoted     untrusted material, each labelled; it reaches the model only as quoted data
 * @param resultType the record the JSON answer binds to, or {@code String} for prose
 * @param jsonSchema the JSON schema the answer must match (generated from {@code resultType} unless given), or
 *                   {@code null} for prose
 * @param offline    the feature's deterministic engine; it must not fail
 * @param userId     whose daily token budget pays, or {@code null} for work with no user behind it (not metered)
 */
public record GenerationTask<T>(String feature, Language language, Map<String, String> variables,
        List<Quoted> quoted, Class<T> resultType, String jsonSchema, Supplier<T> offline, UUID userId) {

    public GenerationTask {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(resultType, "resultType");
        Objects.requireNonNull(offline, "offline");
        variables = Map.copyOf(variables);
        quoted = List.copyOf(quoted);
    }

    /** Whether the answer is prose rather than JSON. */
    public boolean prose() {
        return resultType == String.class;
    }

    /** A task whose answer is JSON bound to {@code resultType}, a record. */
    public static <T> Builder<T> structured(String feature, Class<T> resultType) {
        return new Builder<>(feature, resultType);
    }

    /** A task whose answer is prose, such as a letter draft; it can be streamed. */
    public static Builder<String> text(String feature) {
        return new Builder<>(feature, String.class);
    }

    /** Builds a {@link GenerationTask}. */
    public static final class Builder<T> {

        private final String feature;
        private final Class<T> resultType;
        private Language language = Language.EN;
        private final Map<String, String> variables = new LinkedHashMap<>();
        private final List<Quoted> quoted = new ArrayList<>();
        private String jsonSchema;
        private Supplier<T> offline;
        private UUID userId;

        private Builder(String feature, Class<T> resultType) {
            this.feature = feature;
            this.resultType = resultType;
        }

        public Builder<T> language(Language language) {
            this.language = language;
            return this;
        }

        /** A prompt variable; {@code null} becomes an empty string. */
        public Builder<T> variable(String name, String value) {
            variables.put(name, value == null ? "" : value);
            return this;
        }

        public Builder<T> variables(Map<String, String> values) {
            values.forEach(this::variable);
            return this;
        }

        /** Untrusted material, kept as quoted data. */
        public Builder<T> quote(Quoted material) {
            quoted.add(material);
            return this;
        }

        /** The JSON schema of the answer, when the one generated from the record is not what the feature wants. */
        public Builder<T> schema(String jsonSchema) {
            this.jsonSchema = jsonSchema;
            return this;
        }

        public Builder<T> offline(Supplier<T> engine) {
            this.offline = engine;
            return this;
        }

        /** The user whose budget pays for a model call. */
        public Builder<T> user(UUID userId) {
            this.userId = userId;
            return this;
        }

        public GenerationTask<T> build() {
            String schema = jsonSchema;
            if (schema == null && resultType != String.class) {
                schema = new BeanOutputConverter<>(resultType).getJsonSchema();
            }
            return new GenerationTask<>(feature, language, variables, quoted, resultType, schema, offline, userId);
        }
    }
}
