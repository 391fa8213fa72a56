package com.qh.ai.factcheck;

import tools.jackson.databind.JsonNode;

/**
 * What generated text may draw on: the candidate's profile and, when the text is written for an application, the
 * vacancy's company and role.
 *
 * @param profile the profile as a JSON Resume
 * @param target  the vacancy being applied to, or {@code null}
 */
public record Evidence(JsonNode profile, Target target) {

    /**
     * The vacancy being applied to. Only its company and title are evidence; its text supports nothing about the
     * candidate and is used only to recognise requirement phrasing ("you need Kafka").
     */
    public record Target(String company, String title, String vacancyText) {
    }

    public static Evidence of(JsonNode jsonResume, Target target) {
        return new Evidence(jsonResume, target);
    }

    public static Evidence of(JsonNode jsonResume) {
        return new Evidence(jsonResume, null);
    }
}
