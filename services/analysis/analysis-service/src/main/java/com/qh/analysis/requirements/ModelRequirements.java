package com.qh.analysis.requirements;

import java.util.List;

/**
 * The model's answer for feature {@code requirements}, as its JSON schema asks for it.
 *
 * @param requirements each requirement the vacancy states, one skill or technology each
 */
record ModelRequirements(List<Item> requirements) {

    static final ModelRequirements NONE = new ModelRequirements(List.of());

    ModelRequirements {
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }

    /**
     * One requirement as the model wrote it.
     *
     * @param requirement the requirement in a few words ("Kafka", "опыт с Kubernetes")
     * @param importance  MUST when the vacancy requires it, PLUS when it is an advantage
     * @param evidence    the vacancy's own words that state it, copied as written
     */
    record Item(String requirement, Importance importance, String evidence) {
    }

    enum Importance {
        MUST,
        PLUS
    }
}
