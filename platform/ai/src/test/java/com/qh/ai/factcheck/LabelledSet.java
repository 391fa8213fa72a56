package com.qh.ai.factcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A labelled set of generated texts with planted false claims (format: src/test/resources/factcheck/cases/README.md),
 * and what the checker scores on it: planted claims caught, and true sentences flagged.
 */
final class LabelledSet {

    record Planted(int start, int end, String span, String kind) {
    }

    record Case(String id, String text, Evidence evidence, List<Planted> planted) {
    }

    record Score(int planted, int caught, int trueSentences, int flaggedTrueSentences, int falseFlags,
                 List<String> lines) {

        double caughtShare() {
            return planted == 0 ? 1 : (double) caught / planted;
        }

        double falseShare() {
            return trueSentences == 0 ? 0 : (double) flaggedTrueSentences / trueSentences;
        }

        String totals(String name) {
            return String.format(Locale.ROOT,
                    "%s: caught %d/%d = %.3f; true sentences flagged %d/%d = %.3f; flags outside planted spans %d",
                    name, caught, planted, caughtShare(), flaggedTrueSentences, trueSentences, falseShare(), falseFlags);
        }
    }

    /**
     * The month the labelled sets count durations to (cases/README.md: "computed against the reference date December
     * 2026"): every test of a labelled set, or of a text whose truth depends on today, checks on this clock.
     */
    static final Clock DECEMBER_2026 = Clock.fixed(Instant.parse("2026-12-15T12:00:00Z"), ZoneOffset.UTC);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LabelledSet() {
    }

    /** A checker over the shipped skills, on {@link #DECEMBER_2026}. */
    static FactChecker checker() {
        return new FactChecker(com.qh.skills.SkillGraph.builtIn(), DECEMBER_2026);
    }

    static List<Case> load(String folder) {
        try {
            Path dir = Path.of(LabelledSet.class.getResource("/factcheck/" + folder).toURI());
            List<Case> cases = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    cases.add(read(JSON.readTree(Files.readString(file))));
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Case read(JsonNode c) {
        String text = c.path("text").asString();
        JsonNode v = c.path("vacancy");
        Evidence evidence = v.isMissingNode() || v.isNull()
                ? Evidence.of(c.path("profile"))
                : Evidence.of(c.path("profile"), new Evidence.Target(v.path("company").asString(null),
                        v.path("title").asString(null), v.path("text").asString(null)));
        List<Planted> planted = new ArrayList<>();
        for (JsonNode p : c.path("planted").values()) {
            String span = p.path("span").asString();
            int at = text.indexOf(span);
            if (at < 0) {
                throw new IllegalStateException(c.path("id").asString() + ": planted span not in text: " + span);
            }
            planted.add(new Planted(at, at + span.length(), span, p.path("kind").asString()));
        }
        return new Case(c.path("id").asString(), text, evidence, planted);
    }

    static Score score(FactChecker checker, List<Case> cases) {
        int planted = 0;
        int caught = 0;
        int trueSentences = 0;
        int flaggedTrue = 0;
        int falseFlags = 0;
        List<String> lines = new ArrayList<>();
        for (Case c : cases) {
            FactCheck check = checker.check(c.text(), c.evidence());
            for (Planted p : c.planted()) {
                planted++;
                boolean hit = check.unsupported().stream().anyMatch(f -> f.start() < p.end() && f.end() > p.start());
                if (hit) {
                    caught++;
                } else {
                    lines.add(c.id() + " MISSED " + p.kind() + ": " + p.span());
                }
            }
            for (UnsupportedClaim f : check.unsupported()) {
                if (c.planted().stream().noneMatch(p -> f.start() < p.end() && f.end() > p.start())) {
                    falseFlags++;
                    boolean inPlanted = Sentences.split(c.text()).stream()
                            .filter(s -> s.start() < f.end() && s.end() > f.start())
                            .anyMatch(s -> c.planted().stream().anyMatch(p -> p.start() < s.end() && p.end() > s.start()));
                    lines.add(c.id() + (inPlanted ? " FALSE (in a sentence with a planted claim) " : " FALSE ")
                            + f.kind() + ": " + f.span() + " — " + f.reason());
                }
            }
            for (Sentences.Span s : Sentences.split(c.text())) {
                if (c.text().substring(s.start(), s.end()).isBlank()) {
                    continue;
                }
                boolean hasPlanted = c.planted().stream().anyMatch(p -> p.start() < s.end() && p.end() > s.start());
                if (hasPlanted) {
                    continue;
                }
                trueSentences++;
                if (check.unsupported().stream().anyMatch(f -> f.start() < s.end() && f.end() > s.start())) {
                    flaggedTrue++;
                }
            }
        }
        return new Score(planted, caught, trueSentences, flaggedTrue, falseFlags, lines);
    }
}
