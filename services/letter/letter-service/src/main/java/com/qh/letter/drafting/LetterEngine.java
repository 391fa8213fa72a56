package com.qh.letter.drafting;

import com.qh.letter.source.ProfileFacts;
import com.qh.letter.source.VacancyFacts;
import com.qh.rendering.Language;
import com.qh.skills.Skill;
import com.qh.skills.SkillGraph;
import com.qh.skills.SkillMention;
import com.qh.skills.SkillTaxonomy;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a cover letter without a model: a greeting (to the contact person the vacancy names, else to the company),
 * why this role, one paragraph per top requirement (required ones first) answered with an achievement of the
 * profile that names that skill, and a close. Every fact in it is copied from the profile (employers, positions,
 * years, achievements, skills) or is the vacancy's company and role; the frames around them come from the phrase
 * files of the language and tone. Deterministic: the same profile, vacancy and options give the same letter.
 *
 * <p>Evidence is found with {@code platform/skills}, the library the analysis service matches with: the skills each
 * achievement names, with what they imply ({@code Spring Boot} implies {@code Java}), against the skills the
 * vacancy asks for. Thread-safe; build once.
 */
public final class LetterEngine {

    private static final Set<String> PLAIN_WORD_CATEGORIES = Set.of("soft-skills", "marketing-sales",
            "finance-accounting", "hr", "logistics-procurement", "engineering-construction", "medicine-science",
            "legal", "office-education-service", "trades-industry", "hospitality-retail", "management",
            "analytics-business");

    private final SkillTaxonomy taxonomy;
    private final SkillGraph graph;
    private final Map<String, Phrases> phrases = new ConcurrentHashMap<>();

    public LetterEngine(SkillTaxonomy taxonomy, SkillGraph graph) {
        this.taxonomy = taxonomy;
        this.graph = graph;
    }

    /** The engine over {@code graph} and its taxonomy: a skills taxonomy release's, or the built-in ones. */
    public LetterEngine(SkillGraph graph) {
        this(graph.taxonomy(), graph);
    }

    /** The engine over the built-in taxonomy and skill graph. */
    public static LetterEngine builtIn() {
        return new LetterEngine(SkillTaxonomy.builtIn(), SkillGraph.builtIn());
    }

    /** The language a letter for this vacancy is written in when the user names none: the vacancy's own. */
    public static Language languageOf(VacancyFacts vacancy, Language otherwise) {
        String text = (vacancy.title() == null ? "" : vacancy.title()) + " " + vacancy.description();
        if (text.isBlank()) {
            return otherwise;
        }
        return Texts.mostlyCyrillic(text) ? Language.RU : Language.EN;
    }

    /** Drafts the letter. */
    public Draft write(ProfileFacts profile, VacancyFacts vacancy, Language language, Tone tone, Length length) {
        Phrases words = phrases.computeIfAbsent(language.tag() + "-" + tone.code(), k -> Phrases.load(language, tone));
        int seed = vacancy.id().hashCode();
        boolean ru = language == Language.RU;
        String role = vacancy.title() != null ? vacancy.title()
                : profile.headline() != null ? profile.headline() : ru ? "специалист" : "specialist";
        String companyName = vacancy.employer();
        String company = companyName == null ? (ru ? "вашей компании" : "your company")
                : employer(companyName, language);

        Map<String, String> values = new HashMap<>();
        values.put("role", role);
        values.put("company", company);

        String subject = words.fill("subject", seed, 0, values);
        Optional<ContactPerson> contact = ContactPerson.in(vacancy.description());
        String greeting = greeting(words, seed, contact, companyName, tone, language, values);

        List<Evidence> found = evidence(profile, vacancy, language, length.paragraphs());
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(opening(words, seed, profile, found, language, length, values));
        String[] lastEmployer = new String[1];
        int next = 0;
        for (int i = 0; i < found.size(); i++) {
            Evidence e = found.get(i);
            Map<String, String> para = new HashMap<>(values);
            para.put("skill", e.names().isEmpty() ? "" : e.names().getFirst());
            para.put("evidence", evidenceSentence(words, seed, i, e, language, lastEmployer));
            String slot = e.requirement() == null ? "para.general"
                    : !e.must() ? "para.nice" : i == 0 ? "para.first" : "para.next";
            paragraphs.add(words.fill(slot, seed, slot.equals("para.next") ? next++ : i, para));
        }
        String close = words.has("close." + length.code()) ? "close." + length.code() : "close";
        paragraphs.add(words.fill(close, seed, 0, values));
        String closing = words.fill("closing", seed, 0, values);
        List<Draft.Answer> answers = found.stream().filter(e -> e.requirement() != null)
                .map(e -> new Draft.Answer(e.requirement(), e.must(), e.text(), e.job() == null ? null
                        : e.job().employer()))
                .toList();
        return new Draft(language, subject, greeting, paragraphs, closing,
                profile.name() == null ? "" : profile.name(), contact.map(ContactPerson::name).orElse(null),
                answers);
    }

    private static String greeting(Phrases words, int seed, Optional<ContactPerson> contact, String companyName,
            Tone tone, Language language, Map<String, String> values) {
        if (contact.isPresent()) {
            ContactPerson person = contact.get();
            Map<String, String> named = new HashMap<>(values);
            named.put("person", language == Language.RU ? person.address() : person.name());
            named.put("first_name", person.name().split("\\s+")[0]);
            if (person.female() != null) {
                String slot = person.female() ? "greeting.person.female" : "greeting.person.male";
                if (words.has(slot)) {
                    return words.fill(slot, seed, 0, named);
                }
            }
            return words.fill("greeting.person", seed, 0, named);
        }
        if (companyName == null && words.has("greeting.anonymous")) {
            return words.fill("greeting.anonymous", seed, 0, values);
        }
        Map<String, String> plain = new HashMap<>(values);
        if (companyName != null) {
            plain.put("company", companyName);
        }
        return words.fill("greeting.company", seed, 0, plain);
    }

    private String opening(Phrases words, int seed, ProfileFacts profile, List<Evidence> found, Language language,
            Length length, Map<String, String> values) {
        boolean ru = language == Language.RU;
        List<String> sentences = new ArrayList<>();
        sentences.add(words.fill("opening", seed, 0, values));
        ProfileFacts.Job latest = profile.jobs().stream().filter(j -> j.position() != null && j.employer() != null)
                .findFirst().orElse(null);
        Map<String, String> job = new HashMap<>(values);
        if (latest != null) {
            job.put("position", ru ? Texts.decapitalise(latest.position()) : latest.position());
            job.put("employer", employer(latest.employer(), language));
            if (latest.current() || latest.end() == null) {
                job.put("since", latest.start() == null ? "" : ru ? " (с " + latest.start().getYear() + " года)"
                        : " since " + latest.start().getYear());
                job.put("since_paren", latest.start() == null ? "" : ru ? " (с " + latest.start().getYear()
                        + " года)" : " (since " + latest.start().getYear() + ")");
                sentences.add(words.fill("current", seed, 0, job));
            }
            else {
                job.put("period", period(latest.start(), latest.end(), language));
                sentences.add(words.fill("past", seed, 0, job));
            }
        }
        else if (profile.headline() != null) {
            job.put("headline", ru ? Texts.decapitalise(profile.headline()) : profile.headline());
            job.put("a_headline", Texts.article(profile.headline()) + " " + profile.headline());
            sentences.add(words.fill("headline", seed, 0, job));
        }
        List<String> answered = new ArrayList<>();
        found.stream().filter(e -> e.requirement() != null).forEach(e -> answered.addAll(e.names()));
        if (length == Length.STANDARD && answered.size() >= 2) {
            Map<String, String> fit = new HashMap<>(values);
            fit.put("skills", Texts.list(answered, language));
            sentences.add(words.fill("fit", seed, 0, fit));
        }
        return String.join(" ", sentences);
    }

    private static String period(YearMonth start, YearMonth end, Language language) {
        if (start == null && end == null) {
            return "";
        }
        if (start == null || end == null || start.getYear() == end.getYear()) {
            int year = (end != null ? end : start).getYear();
            return language == Language.RU ? " (" + year + ")" : " (" + year + ")";
        }
        return " (" + start.getYear() + "–" + end.getYear() + ")";
    }

    private static String employer(String name, Language language) {
        return language == Language.RU ? Texts.organisation(name) : name;
    }

    private static String evidenceSentence(Phrases words, int seed, int turn, Evidence e, Language language,
            String[] lastEmployer) {
        String text = Texts.unterminated(e.text());
        if (Texts.opensWithI(text)) {
            // "I built …" / «Я перевёл …»: the writer's own subject, which the frame already has.
            text = text.substring(2).strip();
        }
        boolean action = Texts.opensWithVerb(text, language) || Texts.opensWithI(e.text());
        Map<String, String> values = new HashMap<>();
        String kind;
        String employerName = e.job() == null ? null : e.job().employer();
        if (employerName == null) {
            kind = "evidence.plain";
        }
        else if (employerName.equals(lastEmployer[0]) && !e.description()) {
            kind = "evidence.same";
        }
        else {
            kind = "evidence";
            values.put("employer", employer(employerName, language));
            values.put("position", e.job().position() == null ? "" : e.job().position());
        }
        lastEmployer[0] = employerName;
        if (e.description() && employerName != null) {
            values.put("text", Texts.decapitalise(text));
            return words.fill("evidence.description", seed, turn, values);
        }
        if (action) {
            values.put("action", Texts.decapitalise(text));
            return words.fill(kind + ".action", seed, turn, values);
        }
        values.put("result", Texts.decapitalise(text));
        return words.fill(kind + ".result", seed, turn, values);
    }

    /** One paragraph's evidence: the requirements it answers and the profile's text that answers them. */
    record Evidence(String requirement, boolean must, List<String> names, String text, ProfileFacts.Job job,
            boolean description) {
    }

    /** A piece of the profile that can answer requirements: an achievement, a job's description, the summary. */
    private record Item(String text, ProfileFacts.Job job, int rank, int order, Set<Skill> skills) {
    }

    /**
     * The evidence for the vacancy's top requirements: required ones first, each answered by the best piece of the
     * profile that names the skill (an achievement before a description before the summary, one with a number
     * before one without, a recent job before an older one), no piece used twice; requirements the same piece also
     * answers join its paragraph. When nothing matches, the most recent achievements with numbers stand alone.
     */
    List<Evidence> evidence(ProfileFacts profile, VacancyFacts vacancy, Language language, int paragraphs) {
        List<Item> items = items(profile);
        Map<Item, Boolean> used = new java.util.IdentityHashMap<>();
        Set<String> answered = new HashSet<>();
        List<Evidence> found = new ArrayList<>();
        for (VacancyFacts.Requirement requirement : vacancy.requirements()) {
            if (found.size() >= paragraphs) {
                break;
            }
            if (answered.contains(requirement.name())) {
                continue;
            }
            Optional<Skill> skill = taxonomy.find(requirement.name());
            if (skill.isEmpty()) {
                continue;
            }
            Item best = null;
            for (Item item : items) {
                if (used.containsKey(item) || !item.skills().contains(skill.get())) {
                    continue;
                }
                if (best == null || score(item) < score(best)) {
                    best = item;
                }
            }
            if (best == null) {
                continue;
            }
            used.put(best, true);
            answered.add(requirement.name());
            List<String> names = new ArrayList<>();
            names.add(displayName(skill.get(), profile, language));
            for (VacancyFacts.Requirement other : best.rank() > 0 ? List.<VacancyFacts.Requirement>of()
                    : vacancy.requirements()) {
                if (names.size() >= 2 || answered.contains(other.name()) || other.must() != requirement.must()) {
                    continue;
                }
                Optional<Skill> otherSkill = taxonomy.find(other.name());
                if (otherSkill.isPresent() && directlyNamed(best, otherSkill.get())) {
                    answered.add(other.name());
                    names.add(displayName(otherSkill.get(), profile, language));
                }
            }
            found.add(new Evidence(requirement.name(), requirement.must(), names, best.text(), best.job(),
                    best.rank() == 1));
        }
        if (found.isEmpty()) {
            for (Item item : items) {
                if (found.size() >= Math.min(2, paragraphs)) {
                    break;
                }
                if (item.rank() == 0 && Texts.hasNumber(item.text())) {
                    found.add(new Evidence(null, false, List.of(), item.text(), item.job(), false));
                }
            }
        }
        return found;
    }

    private static int score(Item item) {
        return item.rank() * 100 + (Texts.hasNumber(item.text()) ? 0 : 50) + item.order();
    }

    private boolean directlyNamed(Item item, Skill skill) {
        return taxonomy.findIn(item.text()).stream().anyMatch(m -> m.skill().equals(skill));
    }

    private List<Item> items(ProfileFacts profile) {
        List<Item> items = new ArrayList<>();
        int order = 0;
        for (ProfileFacts.Job job : profile.jobs()) {
            for (String highlight : job.highlights()) {
                items.add(item(highlight, job, 0, order++));
            }
            if (job.description() != null) {
                for (String sentence : sentences(job.description())) {
                    items.add(item(sentence, job, 1, order++));
                }
            }
        }
        // The summary describes the candidate rather than showing a result, so it answers no requirement.
        return items;
    }

    private Item item(String text, ProfileFacts.Job job, int rank, int order) {
        Set<Skill> skills = new LinkedHashSet<>();
        for (SkillMention mention : taxonomy.findIn(text)) {
            skills.addAll(graph.closure(mention.skill()));
        }
        return new Item(text.strip(), job, rank, order, skills);
    }

    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String part : text.split("(?<=[.!?])\\s+(?=\\p{Lu})|\\n+")) {
            if (!part.isBlank()) {
                sentences.add(part.strip());
            }
        }
        return sentences;
    }

    /**
     * How the letter names a skill: as the profile writes it when the profile lists it in the letter's script (the
     * candidate's own nominative form), else the taxonomy's name, except that a Russian letter names a plain-word
     * skill ({@code Accounting}) by its Russian name (бухгалтерский учёт).
     */
    private String displayName(Skill skill, ProfileFacts profile, Language language) {
        for (String listed : profile.skills()) {
            Optional<Skill> same = taxonomy.find(listed);
            if (same.isPresent() && same.get().equals(skill)
                    && (language == Language.RU || !Texts.mostlyCyrillic(listed))) {
                return Texts.commonNoun(listed);
            }
        }
        String name = skill.name();
        if (language == Language.RU && !Texts.mostlyCyrillic(name) && PLAIN_WORD_CATEGORIES.contains(skill.category())) {
            for (String alias : skill.aliases()) {
                String plain = alias.startsWith("=") ? alias.substring(1) : alias;
                if (Texts.mostlyCyrillic(plain) && plain.length() > 4) {
                    return Texts.decapitalise(plain);
                }
            }
        }
        return Texts.commonNoun(name);
    }
}
