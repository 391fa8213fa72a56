package com.qh.web.view;

import com.qh.web.api.ApiProblem;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with a submitted form: a message per field (shown next to it and linked from the summary at the
 * top) and a message about the whole form. Field names are the API's own paths ({@code contacts.phone},
 * {@code firstName.ru}), so the form's inputs carry the same names and a problem document lands next to the right
 * field without any mapping.
 *
 * @param fields message per field name
 * @param message about the whole form, or null
 */
public record FormErrors(Map<String, String> fields, String message) {

    public FormErrors {
        fields = Map.copyOf(fields);
    }

    /** No errors: a form shown for the first time. */
    public static FormErrors none() {
        return new FormErrors(Map.of(), null);
    }

    /** One message about the whole form. */
    public static FormErrors message(String message) {
        return new FormErrors(Map.of(), message);
    }

    /**
     * An API problem in the page's language: the slug's message when the bundles have one ({@code problem.<slug>}),
     * else the API's own detail; field errors as the API gave them.
     */
    public static FormErrors of(ApiProblem problem, Page page) {
        String message = page.tOr("problem." + problem.slug(), problem.detail());
        return new FormErrors(problem.fieldErrors(), message);
    }

    /** The same errors and one more for {@code field}. */
    public FormErrors with(String field, String fieldMessage) {
        Map<String, String> more = new LinkedHashMap<>(fields);
        more.putIfAbsent(field, fieldMessage);
        return new FormErrors(more, message);
    }

    public boolean any() {
        return message != null || !fields.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public String field(String field) {
        return fields.get(field);
    }

    /** The id of a field's input, from its name: {@code contacts.phone} is {@code f-contacts-phone}. */
    public static String id(String field) {
        return "f-" + field.replaceAll("[^A-Za-z0-9]+", "-");
    }
}
