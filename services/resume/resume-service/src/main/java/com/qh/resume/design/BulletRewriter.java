package com.qh.resume.design;

import com.qh.ai.GenerationTask;
import com.qh.ai.Generated;
import com.qh.ai.Generator;
import com.qh.ai.Quoted;
import com.qh.ai.factcheck.Evidence;
import com.qh.ai.factcheck.FactCheck;
import com.qh.ai.factcheck.FactChecker;
import com.qh.resume.content.Composer;
import com.qh.resume.content.Design;
import com.qh.resume.content.JsonResumes;
import com.qh.resume.source.TargetVacancy;
import com.qh.skills.SkillsInUse;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The optional model rewrite of bullet points for a vacancy, through the AI layer ({@code resume-bullets}): each
 * job's or project's bullets are rewritten once when tailoring asks for it, then fact-checked against the profile,
 * and only the lines the check supports are kept. Without a model (the default), or when the model fails, the
 * offline answer is the profile's own bullets and nothing is rewritten.
 */
@Component
class BulletRewriter {

    static final String FEATURE = "resume-bullets";

    private final Generator generator;
    /**
     * The check over the skills taxonomy release in use, made once per release, on the context's clock (a current
     * job's years count to its month).
     */
    private final Supplier<FactChecker> checkers;
    private final Composer composer;

    BulletRewriter(Generator generator, SkillsInUse skills, Composer composer, Clock clock) {
        this.generator = generator;
        this.checkers = skills.perRelease(graph -> new FactChecker(graph, clock));
        this.composer = composer;
    }

    /** What a rewrite answers: the bullets, one sentence each. */
    record Rewritten(List<String> bullets) {
    }

    /** The rewrites the fact check kept, by entry id; empty when no model is used. */
    Map<String, Design.Rewrite> rewrite(UUID userId, JsonNode profile, Design design, TargetVacancy vacancy) {
        if (!generator.modelEnabled(FEATURE)) {
            return Map.of();
        }
        Evidence evidence = Evidence.of(JsonResumes.of(profile, design.language()),
                new Evidence.Target(vacancy.employer(), vacancy.title(), vacancy.description()));
        Map<String, Design.Rewrite> rewrites = new LinkedHashMap<>();
        for (Composer.Bullets entry : composer.bullets(profile, design)) {
            GenerationTask<Rewritten> task = GenerationTask.structured(FEATURE, Rewritten.class)
                    .language(com.qh.ai.Language.of(design.language()))
                    .variable("position", entry.title() == null ? "" : entry.title())
                    .variable("employer", entry.organisation() == null ? "" : entry.organisation())
                    .variable("bullets", String.join("\n", entry.bullets()))
                    .quote(Quoted.vacancy(vacancy.description() == null ? "" : vacancy.description()))
                    .user(userId)
                    .offline(() -> new Rewritten(entry.bullets()))
                    .build();
            Generated<Rewritten> answer = generator.generate(task);
            if (!answer.fromModel() || answer.value() == null || answer.value().bullets() == null) {
                continue;
            }
            FactCheck check = checkers.get().check(String.join("\n", answer.value().bullets()), evidence);
            List<String> kept = Arrays.stream(check.withoutUnsupported().split("\n")).map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
            if (!kept.isEmpty() && !kept.equals(entry.bullets())) {
                rewrites.put(entry.id(), new Design.Rewrite(entry.bullets(), kept));
            }
        }
        return rewrites;
    }
}
