package com.qh.vacancy.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Lenient reads of fields that sites fill in many ways: absent, null, blank, a number as text, one or many. */
final class Json {

    private Json() {
    }

    /** The field as text, or {@code null} when absent, null or blank. */
    static String text(JsonNode node, String field) {
        return text(node.path(field));
    }

    static String text(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull() || value.isContainer()) {
            return null;
        }
        String text = value.asString().strip();
        return text.isEmpty() ? null : text;
    }

    /** The field as a number, accepting {@code "120000"} and {@code "120 000,50"}; {@code null} otherwise. */
    static BigDecimal number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isNumber()) {
            return value.decimalValue();
        }
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replaceAll("[\\s\\u00a0]", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A field that may hold one value or an array of them, as a list. */
    static List<JsonNode> many(JsonNode node, String field) {
        JsonNode value = node.path(field);
        List<JsonNode> values = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(values::add);
        } else if (!value.isMissingNode() && !value.isNull()) {
            values.add(value);
        }
        return values;
    }
}
