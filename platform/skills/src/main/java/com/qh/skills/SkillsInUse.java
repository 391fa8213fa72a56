package com.qh.skills;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The skills taxonomy and graph a service reads with now: the shipped ones until a taxonomy release (what the vacancy
 * service's administrators accepted from the market) is {@linkplain #apply applied}, then the shipped taxonomy
 * {@linkplain SkillTaxonomy#extendedWith extended} with the release's overlay and the shipped graph over it. Both are
 * swapped as one: take {@link #graph()} once for a piece of work and read the taxonomy from it
 * ({@link SkillGraph#taxonomy()}), so that the work never mixes two releases.
 *
 * <p>Thread-safe. Reading is one volatile read; what is made from the taxonomy (an extractor, a matcher) is made
 * once per release with {@link #perRelease}.
 */
public final class SkillsInUse {

    private static final System.Logger log = System.getLogger(SkillsInUse.class.getName());

    /** A release and what it is read with; number 0 is the shipped taxonomy alone. */
    private record InUse(int number, SkillGraph graph) {
    }

    private final SkillTaxonomy shipped;
    private volatile InUse inUse;

    private SkillsInUse(SkillGraph graph) {
        this.shipped = graph.taxonomy();
        this.inUse = new InUse(0, graph);
    }

    /** The shipped taxonomy and graph, before any release. */
    public static SkillsInUse shipped() {
        return new SkillsInUse(SkillGraph.builtIn());
    }

    /** The graph in use, over the {@linkplain #taxonomy() taxonomy in use}. */
    public SkillGraph graph() {
        return inUse.graph();
    }

    /** The taxonomy in use: the shipped one, or the shipped one with a release's overlay. */
    public SkillTaxonomy taxonomy() {
        return inUse.graph().taxonomy();
    }

    /** The number of the release in use; 0 while the shipped taxonomy is. */
    public int release() {
        return inUse.number();
    }

    /**
     * Puts release {@code number} to use: the shipped taxonomy with {@code overlay} added, versioned
     * {@code <shipped version>+<number>} (the release's own version when the vacancy service runs the same shipped
     * taxonomy), and the shipped graph over it. A release no newer than the one in use is ignored: a release is
     * announced more than once (an event delivered again, the release asked for at start and on a refresh), and not
     * always in order. An addition that clashes with this service's shipped taxonomy (a newer one names one of its
     * spellings for another skill) is passed over with a warning, as the vacancy service does, instead of refusing
     * the whole release.
     *
     * @param number the release's number, 1 and up
     * @param overlay every addition of every release up to this one, oldest first: a skill that is new, or a skill
     *        the taxonomy has (by canonical name) with the spellings added to it
     * @return whether the taxonomy in use changed
     */
    public synchronized boolean apply(int number, List<Skill> overlay) {
        Objects.requireNonNull(overlay, "overlay");
        if (number <= inUse.number()) {
            return false;
        }
        String version = shipped.version() + "+" + number;
        SkillTaxonomy taxonomy = extended(version, overlay);
        inUse = new InUse(number, SkillGraph.builtIn(taxonomy));
        log.log(System.Logger.Level.INFO, "Reading skills with taxonomy {0} ({1} skills)", version,
                String.valueOf(taxonomy.skills().size()));
        return true;
    }

    private SkillTaxonomy extended(String version, List<Skill> overlay) {
        return shipped.extendedWithFitting(version, overlay, (addition, reason) -> log.log(
                System.Logger.Level.WARNING, "Taxonomy {0}: passing over {1} {2}, which clashes with the shipped "
                        + "taxonomy: {3}", version, addition.name(), addition.aliases(), reason));
    }

    /**
     * What {@code make} makes from the graph in use, made once per release: the first {@code get()} after a release
     * makes it anew, every other one is a volatile read. For the readers a service keeps (an extractor, a matcher),
     * which must follow releases without being built per request.
     */
    public <T> Supplier<T> perRelease(Function<? super SkillGraph, ? extends T> make) {
        return new PerRelease<>(this, make);
    }

    private static final class PerRelease<T> implements Supplier<T> {

        private record Made<T>(SkillGraph graph, T value) {
        }

        private final SkillsInUse skills;
        private final Function<? super SkillGraph, ? extends T> make;
        private volatile Made<T> made;

        PerRelease(SkillsInUse skills, Function<? super SkillGraph, ? extends T> make) {
            this.skills = skills;
            this.make = Objects.requireNonNull(make, "make");
        }

        @Override
        public T get() {
            SkillGraph graph = skills.graph();
            Made<T> current = made;
            if (current != null && current.graph() == graph) {
                return current.value();
            }
            synchronized (this) {
                // The release in use now, not the one read before the lock: a caller that waited here while another
                // built for a newer release must not build the older one again over it.
                SkillGraph now = skills.graph();
                current = made;
                if (current == null || current.graph() != now) {
                    current = new Made<>(now, make.apply(now));
                    made = current;
                }
                return current.value();
            }
        }
    }
}
