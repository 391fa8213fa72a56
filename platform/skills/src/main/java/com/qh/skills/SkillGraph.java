package com.qh.skills;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What knowing one skill says about another: implications ({@code Spring Boot => Spring Framework; Java}) and
 * adjacent substitutes ({@code Apache Kafka ~ RabbitMQ}).
 *
 * <p>A match needs both: a resume that says "Spring Boot" meets a vacancy's "Spring" and "Java", and one that says
 * "RabbitMQ" partly meets "Kafka". The edges live next to the taxonomy in {@code qh/skills/graph.txt}, by canonical
 * name or alias, resolved through the {@link SkillTaxonomy} when the graph loads; a name the taxonomy does not know
 * stops the load with every such name listed, so the graph cannot drift from the taxonomy unnoticed.
 *
 * <p>Implications are transitive ({@link #closure}); adjacency is symmetric and not transitive ({@link #adjacent}).
 * Instances are immutable and safe to share between threads.
 */
public final class SkillGraph {

    private static final String FILE = "qh/skills/graph.txt";

    private static volatile SkillGraph builtIn;

    private final String version;
    private final SkillTaxonomy taxonomy;
    private final Map<Skill, Set<Skill>> closures;
    private final Map<Skill, Set<Skill>> adjacent;

    private SkillGraph(String version, SkillTaxonomy taxonomy, Map<Skill, Set<Skill>> implied,
            Map<Skill, Set<Skill>> adjacent) {
        this.version = version;
        this.taxonomy = taxonomy;
        Map<Skill, Set<Skill>> closures = new HashMap<>();
        for (Skill skill : implied.keySet()) {
            Set<Skill> reached = new LinkedHashSet<>();
            Deque<Skill> queue = new ArrayDeque<>(implied.get(skill));
            while (!queue.isEmpty()) {
                Skill next = queue.poll();
                if (next != skill && reached.add(next)) {
                    queue.addAll(implied.getOrDefault(next, Set.of()));
                }
            }
            closures.put(skill, Collections.unmodifiableSet(reached));
        }
        this.closures = Map.copyOf(closures);
        Map<Skill, Set<Skill>> frozen = new HashMap<>();
        adjacent.forEach((skill, others) -> frozen.put(skill, Collections.unmodifiableSet(new LinkedHashSet<>(others))));
        this.adjacent = Map.copyOf(frozen);
    }

    /** The graph shipped with QH, over the {@linkplain SkillTaxonomy#builtIn built-in taxonomy}. */
    public static SkillGraph builtIn() {
        SkillGraph graph = builtIn;
        if (graph == null) {
            synchronized (SkillGraph.class) {
                graph = builtIn;
                if (graph == null) {
                    builtIn = graph = parse(SkillTaxonomy.builtIn(), new StringReader(SkillFiles.resource(FILE)));
                }
            }
        }
        return graph;
    }

    /**
     * The shipped graph's edges over {@code taxonomy}: the built-in taxonomy, or a release of it with skills and
     * spellings added ({@link SkillTaxonomy#extendedWith}). Its skills are {@code taxonomy}'s own, so a skill that a
     * release gave new spellings is the same skill in the graph as in the taxonomy's findings.
     *
     * @throws IllegalArgumentException when {@code taxonomy} lacks a skill the graph names (never one extended from
     *         the built-in taxonomy, which only adds)
     */
    public static SkillGraph builtIn(SkillTaxonomy taxonomy) {
        if (taxonomy == SkillTaxonomy.builtIn()) {
            return builtIn();
        }
        return parse(taxonomy, new StringReader(SkillFiles.resource(FILE)));
    }

    /**
     * Reads a graph file: a {@code version} line, then {@code A => B; C} (A implies B and C) and {@code A ~ B; C}
     * (A is an adjacent substitute for B and C) lines, {@code #} comments.
     *
     * @throws IllegalArgumentException listing every line that names a skill the taxonomy does not know, has no
     *         version, or makes a skill imply or neighbour itself
     */
    public static SkillGraph parse(SkillTaxonomy taxonomy, Reader source) {
        String version = null;
        Map<Skill, Set<Skill>> implied = new HashMap<>();
        Map<Skill, Set<Skill>> adjacent = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (SkillFiles.Line numbered : SkillFiles.lines(source)) {
            int number = numbered.number();
            String line = numbered.text();
            if (line.startsWith("version ")) {
                version = line.substring("version ".length()).strip();
                continue;
            }
            boolean implication = line.contains("=>");
            String[] sides = implication ? line.split("=>", 2) : line.split("~", 2);
            if (sides.length != 2) {
                problems.add(number + ": neither 'A => B' nor 'A ~ B': " + line);
                continue;
            }
            Optional<Skill> from = resolve(taxonomy, sides[0], number, problems);
            for (String name : sides[1].split(";")) {
                if (name.isBlank()) {
                    continue;
                }
                Optional<Skill> to = resolve(taxonomy, name, number, problems);
                if (from.isEmpty() || to.isEmpty()) {
                    continue;
                }
                if (from.get().equals(to.get())) {
                    problems.add(number + ": " + from.get().name() + " points at itself");
                } else if (implication) {
                    implied.computeIfAbsent(from.get(), k -> new LinkedHashSet<>()).add(to.get());
                } else {
                    adjacent.computeIfAbsent(from.get(), k -> new LinkedHashSet<>()).add(to.get());
                    adjacent.computeIfAbsent(to.get(), k -> new LinkedHashSet<>()).add(from.get());
                }
            }
        }
        if (version == null) {
            problems.add("the graph names no version");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Skill graph: " + String.join("\n", problems));
        }
        return new SkillGraph(version, taxonomy, implied, adjacent);
    }

    private static Optional<Skill> resolve(SkillTaxonomy taxonomy, String name, int line, List<String> problems) {
        Optional<Skill> skill = taxonomy.find(name.strip());
        if (skill.isEmpty()) {
            problems.add(line + ": the taxonomy does not know '" + name.strip() + "'");
        }
        return skill;
    }

    /** The graph's version, from the file; match results keep it so they can be redone. */
    public String version() {
        return version;
    }

    /** The taxonomy the graph's skills come from. */
    public SkillTaxonomy taxonomy() {
        return taxonomy;
    }

    /** Whether knowing {@code a} means knowing {@code b}, directly or through other skills; a skill implies itself. */
    public boolean implies(Skill a, Skill b) {
        return a.equals(b) || closures.getOrDefault(a, Set.of()).contains(b);
    }

    /** {@link #implies(Skill, Skill)} by names or aliases; false when either is not a skill of the taxonomy. */
    public boolean implies(String a, String b) {
        Optional<Skill> from = taxonomy.find(a);
        Optional<Skill> to = taxonomy.find(b);
        return from.isPresent() && to.isPresent() && implies(from.get(), to.get());
    }

    /** The skill and every skill it implies, the skill first. */
    public Set<Skill> closure(Skill skill) {
        Set<Skill> all = new LinkedHashSet<>();
        all.add(skill);
        all.addAll(closures.getOrDefault(skill, Set.of()));
        return Collections.unmodifiableSet(all);
    }

    /** The skills experience in {@code skill} transfers to with some learning (and back); not implied ones. */
    public Set<Skill> adjacent(Skill skill) {
        return adjacent.getOrDefault(skill, Set.of());
    }
}
