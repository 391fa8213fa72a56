package com.qh.ai.internal;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a model's answer into the task's record: the text must be one JSON object (a Markdown code fence around it
 * is tolerated, as small local models add one), valid against the task's schema, and bindable to the record.
 */
final class AnswerValidator {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** The answer could not be used; the message says why, in English, for logs and {@code Generated.detail}. */
    static final class InvalidAnswerException extends RuntimeException {

        InvalidAnswerException(String message) {
            super(message);
        }
    }

    <T> T read(String answer, String jsonSchema, Class<T> type) {
        if (answer == null || answer.isBlank()) {
            throw new InvalidAnswerException("The model's answer was empty");
        }
        JsonNode node;
        try {
            node = json.readTree(unfenced(answer));
        }
        catch (JacksonException e) {
            throw new InvalidAnswerException("The model's answer was not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InvalidAnswerException("The model's answer was not a JSON object");
        }
        if (jsonSchema != null) {
            List<Error> errors = schemas.computeIfAbsent(jsonSchema, registry::getSchema).validate(node);
            if (!errors.isEmpty()) {
                throw new InvalidAnswerException("The model's answer did not match the schema: " + errors.stream()
                        .limit(5).map(Error::getMessage).collect(Collectors.joining("; ")));
            }
        }
        try {
            return json.treeToValue(node, type);
        }
        catch (JacksonException e) {
            throw new InvalidAnswerException("The model's answer did not fit " + type.getSimpleName() + ": "
                    + e.getOriginalMessage());
        }
    }

    private static String unfenced(String answer) {
        String text = answer.strip();
        if (text.startsWith("```")) {
            int start = text.indexOf('\n');
            int end = text.lastIndexOf("```");
            if (start > 0 && end > start) {
                return text.substring(start + 1, end).strip();
            }
        }
        return text;
    }
}
