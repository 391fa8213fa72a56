package com.qh.analysis.match;

import com.qh.analysis.match.MatchResult.Evidence;
import com.qh.analysis.match.MatchResult.Importance;
import com.qh.analysis.match.MatchResult.Kind;
import com.qh.analysis.match.MatchResult.RequirementLine;
import com.qh.analysis.match.MatchResult.ScoreParts;
import com.qh.analysis.match.MatchResult.SkillExperience;
import com.qh.analysis.match.MatchResult.Status;
import com.qh.analysis.match.MatchResult.UnscoredRequirement;
import com.qh.analysis.match.ProfileIndex.Item;
import com.qh.analysis.match.ProfileIndex.Source;
import com.qh.analysis.match.Scoresheet.Line;
import com.qh.analysis.match.Scoresheet.Part;
import com.qh.skills.Skill;
import com.qh.skills.SkillGraph;
import com.qh.skills.SkillMention;
import com.qh.skills.requirements.Education;
import com.qh.skills.requirements.Experience;
import com.qh.skills.requirements.LanguageRequirement;
import com.qh.skills.requirements.RequirementExtractor;
import com.qh.skills.requirements.Requirements;
import com.qh.skills.requirements.VacancyPart;
import com.qh.skills.requirements.VacancyReading;
import com.qh.skills.requirements.VacancySentence;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Puts a candidate side by side with a vacancy: which of its requirements the profile meets, with the profile lines
 * that show it, a score made of parts, years per skill and what to change first.
 *
 * <p>The vacancy's requirements come from {@code platform/skills}' {@link RequirementExtractor}; what a skill says
 * about another (Spring Boot is Spring on Java; RabbitMQ is close to Kafka) from its {@link SkillGraph}. How the
 * score is made: {@link Scoresheet} and the service's README. Stateless and safe to share between threads; the
 * clock tells when a current job ends.
 */
public final class VacancyMatcher {

    /** Words that offer alternatives: "Selenium or Playwright" is met by either. */
    private static final Pattern ALTERNATIVES = Pattern.compile("\\b(or|или|либо|one of|одного из|одним из|similar"
            + "|аналог\\p{L}*|e\\.g|such as|например|etc|и т\\.\\s?п|и др)\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final int MAX_EVIDENCE = 3;

    /** "Опыт работы не обязателен", "no experience needed": a requirements sentence that asks for nothing. */
    private static final Pattern ASKS_NOTHING = Pattern.compile("не обязател|не требует|без опыта|not (required|needed"
            + "|necessary|essential)|\\bno (previous |prior |relevant )?experience\\b[^.;]*\\b(needed|required|necessary)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final SkillGraph graph;
    private final RequirementExtractor extractor;
    private final Clock clock;

    public VacancyMatcher(SkillGraph graph, Clock clock) {
        this.graph = graph;
        this.extractor = new RequirementExtractor(graph.taxonomy());
        this.clock = clock;
    }

    /** The match of a candidate against a vacancy. */
    public MatchResult match(Candidate candidate, Vacancy vacancy) {
        return match(candidate, read(vacancy));
    }

    /**
     * Reads a vacancy's requirements once, so that it can be matched against many candidates, or one candidate
     * against many vacancies, without reading its text again: reading is most of a match's time.
     */
    public ReadVacancy read(Vacancy vacancy) {
        return new ReadVacancy(vacancy, extractor.read(vacancy.text()));
    }

    /**
     * Reads a candidate's profile lines for skills once, so that the profile can be matched against many vacancies
     * (and its skills compared with theirs by a cheap prefilter) without reading it again.
     */
    public PreparedCandidate prepare(Candidate candidate) {
        return new PreparedCandidate(candidate, ProfileIndex.of(candidate, graph), graph);
    }

    /** The skill graph this matcher reads skills and their implications with. */
    public SkillGraph graph() {
        return graph;
    }

    /** The match of a candidate against a vacancy read before with {@link #read(Vacancy)}. */
    public MatchResult match(Candidate candidate, ReadVacancy read) {
        return match(prepare(candidate), read);
    }

    /**
     * The match of a candidate prepared with {@link #prepare(Candidate)} against a vacancy read with
     * {@link #read(Vacancy)}: the same answer as {@link #match(Candidate, Vacancy)}, without reading either again.
     */
    public MatchResult match(PreparedCandidate prepared, ReadVacancy read) {
        if (prepared.graph() != graph) {
            throw new IllegalArgumentException("The candidate was prepared by a matcher of another skill graph");
        }
        Candidate candidate = prepared.candidate();
        Vacancy vacancy = read.vacancy();
        YearMonth now = YearMonth.now(clock);
        ProfileIndex index = prepared.index();
        VacancyReading reading = read.reading();
        Requirements requirements = reading.requirements();
        List<VacancySentence> sentences = reading.sentences();
        Map<String, VacancySentence> bySentence = new HashMap<>();
        sentences.forEach(sentence -> bySentence.putIfAbsent(sentence.text(), sentence));

        List<Assessed> assessed = new ArrayList<>();
        for (Ask ask : asks(sentences, requirements)) {
            assessed.add(assess(ask, index));
        }
        Map<Candidate.Job, Set<Skill>> jobSkills = jobSkills(index);
        ExperienceCheck experienceCheck = new ExperienceCheck(graph, now);
        Set<Skill> mustSkills = new LinkedHashSet<>();
        assessed.stream().filter(a -> a.ask.importance == Importance.MUST && !a.ask.duty)
                .forEach(a -> mustSkills.addAll(a.ask.skills));
        ExperienceLine experience = null;
        if (requirements.experience() != null) {
            experience = experience(requirements.experience(), candidate, jobSkills, mustSkills, vacancy,
                    experienceCheck, bySentence);
            assessed.add(experience.assessed);
        }
        if (requirements.education() != null) {
            assessed.add(education(requirements.education(), candidate, now, bySentence));
        }
        for (LanguageRequirement language : requirements.languages()) {
            assessed.add(language(language, candidate, bySentence));
        }
        // MUST before PLUS, each in the order the vacancy names them (stable sort).
        assessed.sort(Comparator.comparing(a -> a.ask.importance));

        List<Line> lines = new ArrayList<>();
        for (Assessed a : assessed) {
            lines.add(new Line(a.ask.part, a.ask.weight(), a.credit, a.ask.importance == Importance.MUST,
                    a.listed));
        }
        Set<Candidate.Job> relevantJobs = relevantJobs(candidate, assessed, experience);
        Scoresheet sheet = new Scoresheet(lines, location(candidate, vacancy), salary(candidate, vacancy),
                quantifiedShare(relevantJobs, Set.of()));

        List<RequirementLine> requirementLines = assessed.stream().map(Assessed::line).toList();
        List<String> missing = assessed.stream()
                .filter(a -> a.ask.part == Part.SKILLS && a.status == Status.MISSING)
                .map(a -> a.ask.skills.stream().limit(3).map(Skill::name).reduce((x, y) -> x + " / " + y).orElse(""))
                .distinct().toList();
        Recommendations recommendations = new Recommendations(graph, candidate, index, assessed, sheet, experience,
                experienceCheck, jobSkills, relevantJobs);
        return new MatchResult((int) Math.round(sheet.total()), parts(sheet), requirementLines, missing,
                experienceBySkill(candidate, assessed, jobSkills, experienceCheck), recommendations.ranked(),
                graph.taxonomy().version(), graph.version(), unscored(sentences, requirementLines));
    }

    /**
     * The sentences under the vacancy's requirements, nice-to-have and duties headings in which nothing was read to
     * weigh: no skill, and no experience, education or language line comes from them. A profession the taxonomy knows
     * little of ("Cavity trays, wall ties and lintels", «Подготовка вымени») leaves its asks and its work here, in its
     * own words, instead of out of sight; a sentence that says something is not needed is left out. Asks first, then
     * duties, each in the vacancy's order.
     */
    private static List<UnscoredRequirement> unscored(List<VacancySentence> sentences, List<RequirementLine> lines) {
        Set<String> weighed = new HashSet<>();
        lines.forEach(line -> weighed.add(line.source()));
        Set<String> seen = new HashSet<>();
        List<UnscoredRequirement> asks = new ArrayList<>();
        List<UnscoredRequirement> duties = new ArrayList<>();
        for (VacancySentence sentence : sentences) {
            String text = sentence.text().strip();
            if (sentence.part() != VacancyPart.OTHER && sentence.skills().isEmpty()
                    && !weighed.contains(sentence.text()) && text.codePoints().filter(Character::isLetter).count() >= 6
                    && !ASKS_NOTHING.matcher(text).find() && seen.add(text)) {
                boolean duty = sentence.part() == VacancyPart.RESPONSIBILITIES;
                boolean plus = duty || sentence.importance() == com.qh.skills.requirements.Importance.NICE;
                (duty ? duties : asks).add(new UnscoredRequirement(text, plus ? Importance.PLUS : Importance.MUST,
                        duty));
            }
        }
        asks.addAll(duties);
        return asks;
    }

    // ---------------------------------------------------------------------------------------------------------
    // What the vacancy asks

    /**
     * One requirement as the matcher reads it: skills from one sentence (several when the sentence offers
     * alternatives), or the experience, education or a language.
     */
    static final class Ask {
        final Kind kind;
        final Part part;
        final List<Skill> skills;
        final String requirement;
        final String source;
        final Importance importance;
        final boolean duty;

        Ask(Kind kind, Part part, List<Skill> skills, String requirement, String source, Importance importance,
                boolean duty) {
            this.kind = kind;
            this.part = part;
            this.skills = List.copyOf(skills);
            this.requirement = requirement;
            this.source = source;
            this.importance = importance;
            this.duty = duty;
        }

        double weight() {
            return duty ? Scoresheet.DUTY : importance == Importance.MUST ? 1 : Scoresheet.PLUS;
        }
    }

    /** An ask and how the candidate meets it. */
    record Assessed(Ask ask, Status status, double credit, List<Evidence> evidence, boolean listed,
            boolean adjacentOnly) {

        RequirementLine line() {
            return new RequirementLine(ask.requirement, ask.kind, ask.importance, status, evidence,
                    ask.skills.stream().map(Skill::name).toList(), ask.source);
        }
    }

    /**
     * The skill requirements: each skill once, from the requirements (and nice-to-have) sentences first, then from
     * the duties (a skill only the duties name weighs less: the job involves it, the employer did not ask for it).
     * A sentence that offers alternatives, or lists skills in parentheses ("Spring (Spring Boot, Spring Data)"),
     * becomes one requirement met by any of them.
     */
    private List<Ask> asks(List<VacancySentence> sentences, Requirements requirements) {
        String experienceSentence = requirements.experience() == null ? null : requirements.experience().evidence();
        List<VacancySentence> ordered = new ArrayList<>();
        sentences.stream().filter(s -> s.part() == VacancyPart.REQUIREMENTS || s.part() == VacancyPart.NICE_TO_HAVE)
                .forEach(ordered::add);
        sentences.stream().filter(s -> s.part() == VacancyPart.OTHER).forEach(ordered::add);
        sentences.stream().filter(s -> s.part() == VacancyPart.RESPONSIBILITIES).forEach(ordered::add);
        Set<Skill> claimed = new HashSet<>();
        List<Ask> asks = new ArrayList<>();
        for (VacancySentence sentence : ordered) {
            boolean duty = sentence.part() == VacancyPart.RESPONSIBILITIES;
            Importance importance = duty || sentence.part() == VacancyPart.NICE_TO_HAVE
                    || sentence.importance() == com.qh.skills.requirements.Importance.NICE
                    ? Importance.PLUS : Importance.MUST;
            boolean aboutExperience = sentence.text().equals(experienceSentence);
            List<Skill> fresh = new ArrayList<>();
            List<Skill> inParentheses = new ArrayList<>();
            for (SkillMention mention : sentence.skills()) {
                Skill skill = mention.skill();
                if (aboutExperience && skill.broad() || claimed.contains(skill) || fresh.contains(skill)) {
                    continue;
                }
                fresh.add(skill);
                if (insideParentheses(sentence.text(), mention.start())) {
                    inParentheses.add(skill);
                }
            }
            if (fresh.isEmpty()) {
                continue;
            }
            claimed.addAll(fresh);
            // A broad skill ("data analysis") is never one of the alternatives: anyone could claim it.
            List<Skill> specific = fresh.stream().filter(skill -> !skill.broad()).toList();
            List<Skill> group = List.of();
            if (specific.size() > 1 && ALTERNATIVES.matcher(sentence.text().toLowerCase(Locale.ROOT)).find()) {
                group = specific;
            } else if (specific.size() > 1) {
                group = examples(inParentheses, specific);
            }
            List<Skill> grouped = group;
            List<Skill> singles = fresh.stream().filter(skill -> !grouped.contains(skill)).toList();
            if (!group.isEmpty()) {
                String text = sentence.text().strip().replaceAll("[.;,]+$", "");
                asks.add(new Ask(Kind.SKILL, Part.SKILLS, group, text, sentence.text(), importance, duty));
            }
            for (Skill skill : singles) {
                asks.add(new Ask(Kind.SKILL, Part.SKILLS, List.of(skill), skill.name(), sentence.text(), importance,
                        duty));
            }
        }
        return asks;
    }

    /**
     * The skills in parentheses with the skills outside them they are examples of, when every one is, so that any
     * of them will do: "Spring (Spring Boot, Spring Data)" and "CI/CD (Jenkins, GitLab CI)" are, "API testing
     * (REST)" is not (empty then). Other skills of the sentence stay requirements of their own.
     */
    private List<Skill> examples(List<Skill> inParentheses, List<Skill> specific) {
        List<Skill> examples = inParentheses.stream().filter(skill -> !skill.broad()).toList();
        List<Skill> outside = specific.stream().filter(skill -> !inParentheses.contains(skill)).toList();
        if (examples.isEmpty() || outside.isEmpty()) {
            return List.of();
        }
        Set<Skill> heads = new LinkedHashSet<>();
        for (Skill example : examples) {
            List<Skill> implied = outside.stream().filter(head -> graph.implies(example, head)).toList();
            if (implied.isEmpty()) {
                return List.of();
            }
            heads.addAll(implied);
        }
        List<Skill> group = new ArrayList<>(heads);
        group.addAll(examples);
        return group;
    }

    private static boolean insideParentheses(String text, int at) {
        int depth = 0;
        for (int i = 0; i < at && i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return depth > 0;
    }

    /** How a sentence's part makes an experience, education or language requirement a must or a plus. */
    private static Importance importanceOf(String sentence, Map<String, VacancySentence> bySentence) {
        VacancySentence found = bySentence.get(sentence);
        return found != null && found.part() == VacancyPart.NICE_TO_HAVE ? Importance.PLUS : Importance.MUST;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Skills

    Assessed assess(Ask ask, ProfileIndex index) {
        Status best = Status.MISSING;
        List<Item> evidence = new ArrayList<>();
        boolean listed = false;
        boolean adjacentOnly = false;
        for (Skill skill : ask.skills) {
            SkillFit fit = fit(skill, index);
            if (fit.status.ordinal() < best.ordinal()) {
                best = fit.status;
                evidence.clear();
                adjacentOnly = fit.adjacent;
            }
            if (fit.status == best && best != Status.MISSING) {
                fit.items.stream().filter(item -> evidence.stream().noneMatch(e -> e.text().equals(item.text())))
                        .forEach(evidence::add);
                adjacentOnly &= fit.adjacent;
            }
            listed |= fit.status == Status.MET && fit.items.stream()
                    .anyMatch(item -> item.source() == Source.SKILLS || item.source() == Source.WORK_TITLE);
        }
        evidence.sort(Comparator.comparing(Item::source).thenComparingInt(Item::order));
        double credit = best == Status.MET ? 1 : best == Status.PARTIAL ? Scoresheet.PARTIAL : 0;
        return new Assessed(ask, best, credit, evidence.stream().limit(MAX_EVIDENCE).map(Item::evidence).toList(),
                listed, adjacentOnly);
    }

    private record SkillFit(Status status, List<Item> items, boolean adjacent) {
    }

    /**
     * Met when a line of work, the skills list, a certificate or the summary names the skill or one implying it;
     * partly met when only study or side projects do, or an adjacent skill is shown; missing otherwise.
     */
    private SkillFit fit(Skill skill, ProfileIndex index) {
        List<Item> showing = index.showing(skill);
        List<Item> used = showing.stream().filter(item -> !item.study()).toList();
        if (!used.isEmpty()) {
            return new SkillFit(Status.MET, used, false);
        }
        if (!showing.isEmpty()) {
            return new SkillFit(Status.PARTIAL, showing, false);
        }
        List<Item> adjacent = new ArrayList<>();
        for (Skill neighbour : graph.adjacent(skill)) {
            index.showing(neighbour).stream().filter(item -> !adjacent.contains(item)).forEach(adjacent::add);
        }
        if (!adjacent.isEmpty()) {
            adjacent.sort(Comparator.comparing(Item::source).thenComparingInt(Item::order));
            return new SkillFit(Status.PARTIAL, adjacent, true);
        }
        return new SkillFit(Status.MISSING, List.of(), false);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Experience, education, languages

    record ExperienceLine(Assessed assessed, Experience asked, ExperienceCheck.Years years, String vacancyTitle,
            Set<Skill> mustSkills) {
    }

    private ExperienceLine experience(Experience asked, Candidate candidate, Map<Candidate.Job, Set<Skill>> jobSkills,
            Set<Skill> mustSkills, Vacancy vacancy, ExperienceCheck check, Map<String, VacancySentence> bySentence) {
        ExperienceCheck.Years years = check.years(asked.evidence(), candidate.work(), jobSkills, mustSkills,
                vacancy.title());
        double credit = experienceCredit(asked, years.years());
        Status status = credit >= 1 ? Status.MET : credit >= 0.5 ? Status.PARTIAL : Status.MISSING;
        List<Evidence> evidence = status == Status.MISSING ? List.of() : years.relevance().entrySet().stream()
                .filter(entry -> entry.getValue() >= 0.5)
                .map(entry -> entry.getKey())
                .sorted(Comparator.comparing(Candidate.Job::start, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(job -> new Evidence("work", job.id(), job.title()))
                .toList();
        Ask ask = new Ask(Kind.EXPERIENCE, Part.EXPERIENCE, List.of(), asked.evidence().strip(), asked.evidence(),
                importanceOf(asked.evidence(), bySentence), false);
        return new ExperienceLine(new Assessed(ask, status, credit, evidence, true, false), asked, years,
                vacancy.title(), mustSkills);
    }

    /** The share of the years asked, capped at 1; any relevant experience meets "от полугода". */
    static double experienceCredit(Experience asked, double years) {
        if (asked.minYears() <= 0) {
            return years > 0 ? 1 : 0;
        }
        return Math.min(1, years / asked.minYears());
    }

    private Assessed education(Education asked, Candidate candidate, YearMonth now,
            Map<String, VacancySentence> bySentence) {
        EducationCheck.Result result = new EducationCheck(now).check(asked, candidate.education());
        Ask ask = new Ask(Kind.EDUCATION, Part.EDUCATION, List.of(), asked.evidence().strip(), asked.evidence(),
                importanceOf(asked.evidence(), bySentence), false);
        double credit = result.status() == Status.MET ? 1 : result.status() == Status.PARTIAL ? Scoresheet.PARTIAL : 0;
        return new Assessed(ask, result.status(), credit, result.evidence(), true, false);
    }

    /**
     * A language without a level is met by any; with one, by that level or above, partly by one level below
     * (or a level the profile does not say), and not at all two or more below.
     */
    private Assessed language(LanguageRequirement asked, Candidate candidate, Map<String, VacancySentence> bySentence) {
        int wanted = Languages.rankOf(asked.level());
        Status best = Status.MISSING;
        List<Evidence> evidence = new ArrayList<>();
        for (Candidate.Language language : candidate.languages()) {
            if (!asked.language().equals(Languages.code(language.language()))) {
                continue;
            }
            int has = Languages.rank(language.level());
            Status status = wanted == 0 || has >= wanted ? Status.MET
                    : has == 0 || has == wanted - 1 ? Status.PARTIAL : Status.MISSING;
            if (status.ordinal() < best.ordinal()) {
                best = status;
                evidence.clear();
                String level = language.level() == null || language.level().isBlank() ? "" : ": " + language.level();
                evidence.add(new Evidence("languages", language.id(), language.language() + level));
            }
        }
        Ask ask = new Ask(Kind.LANGUAGE, Part.LANGUAGES, List.of(), asked.evidence().strip(), asked.evidence(),
                importanceOf(asked.evidence(), bySentence), false);
        double credit = best == Status.MET ? 1 : best == Status.PARTIAL ? Scoresheet.PARTIAL : 0;
        return new Assessed(ask, best, credit, best == Status.MISSING ? List.of() : evidence, true, false);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Location, work format, salary

    private static final Map<String, String> CITY_NAMES = Map.ofEntries(
            Map.entry("москва", "moscow"), Map.entry("санкт-петербург", "saint petersburg"),
            Map.entry("спб", "saint petersburg"), Map.entry("st. petersburg", "saint petersburg"),
            Map.entry("st petersburg", "saint petersburg"), Map.entry("новосибирск", "novosibirsk"),
            Map.entry("екатеринбург", "yekaterinburg"), Map.entry("казань", "kazan"),
            Map.entry("нижний новгород", "nizhny novgorod"));

    /**
     * 1 when the job is remote, or in the candidate's city, in a format they accept; 0.7 elsewhere for one who
     * would move, 0.2 for one who would not; halved when the format is one they did not list. {@code null} when
     * neither side says enough.
     */
    static Double location(Candidate candidate, Vacancy vacancy) {
        Set<WorkFormat> accepted = candidate.workFormats();
        WorkFormat format = vacancy.workFormat();
        double formatFit = format == null || accepted.isEmpty() || accepted.contains(format) ? 1 : 0.5;
        if (format == WorkFormat.REMOTE) {
            return formatFit;
        }
        if (vacancy.city() != null && candidate.city() != null) {
            double place = city(vacancy.city()).equals(city(candidate.city())) ? 1 : candidate.relocation() ? 0.7 : 0.2;
            return place * formatFit;
        }
        return format != null && !accepted.isEmpty() ? formatFit : null;
    }

    private static String city(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
        return CITY_NAMES.getOrDefault(lower, lower);
    }

    /**
     * 1 when the candidate asks no more than the offer's top (its lower end plus 15% when it names no top); falls
     * by 2 points for every 1% above it. {@code null} when either side names none or the currencies differ.
     */
    static Double salary(Candidate candidate, Vacancy vacancy) {
        Salary wanted = candidate.desiredSalary();
        Salary offered = vacancy.salary();
        if (wanted == null || offered == null || wanted.currency() == null
                || !wanted.currency().equalsIgnoreCase(offered.currency())) {
            return null;
        }
        double asks = wanted.min() != null ? wanted.min() : wanted.max();
        double top = offered.max() != null ? offered.max() : offered.min() * 1.15;
        return asks <= top ? 1 : Math.max(0, 1 - 2 * (asks / top - 1));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers shared with the recommendations

    /** The skills each job names in its title and text. */
    static Map<Candidate.Job, Set<Skill>> jobSkills(ProfileIndex index) {
        Map<Candidate.Job, Set<Skill>> skills = new LinkedHashMap<>();
        for (Item item : index.items()) {
            if (item.job() != null) {
                skills.computeIfAbsent(item.job(), k -> new LinkedHashSet<>()).addAll(item.skills());
            }
        }
        return skills;
    }

    /** The jobs that show something the vacancy asks for, or count towards the years it asks. */
    private static Set<Candidate.Job> relevantJobs(Candidate candidate, List<Assessed> assessed,
            ExperienceLine experience) {
        Set<String> ids = new HashSet<>();
        for (Assessed a : assessed) {
            if (a.status != Status.MISSING) {
                a.evidence.stream().filter(e -> e.section().equals("work")).forEach(e -> ids.add(e.entryId()));
            }
        }
        Set<Candidate.Job> jobs = new LinkedHashSet<>();
        for (Candidate.Job job : candidate.work()) {
            if (ids.contains(job.id()) || experience != null && experience.years().relevance().containsKey(job)) {
                jobs.add(job);
            }
        }
        return jobs;
    }

    /**
     * The share of the relevant jobs' bullets and summaries that carry a number, counting as quantified the jobs
     * in {@code assumeQuantified}; 1 when there are none to judge.
     */
    static double quantifiedShare(Set<Candidate.Job> jobs, Set<Candidate.Job> assumeQuantified) {
        int all = 0;
        int numbered = 0;
        for (Candidate.Job job : jobs) {
            List<String> lines = new ArrayList<>(job.highlights());
            if (job.summary() != null && !job.summary().isBlank()) {
                lines.add(job.summary());
            }
            for (String line : lines) {
                all++;
                numbered += assumeQuantified.contains(job) || DIGIT.matcher(line).find() ? 1 : 0;
            }
        }
        return all == 0 ? 1 : (double) numbered / all;
    }

    private static ScoreParts parts(Scoresheet sheet) {
        return new ScoreParts(percent(sheet.part(Part.SKILLS)), percent(sheet.part(Part.EXPERIENCE)),
                percent(sheet.part(Part.EDUCATION)), percent(sheet.part(Part.LANGUAGES)), percent(sheet.location()),
                percent(sheet.salary()));
    }

    private static Integer percent(Double share) {
        return share == null ? null : (int) Math.round(share * 100);
    }

    /**
     * Years per skill from the jobs that name it or a skill implying it (Spring Boot years are Java years): the
     * vacancy's skills first, then the rest by years.
     */
    private List<SkillExperience> experienceBySkill(Candidate candidate, List<Assessed> assessed,
            Map<Candidate.Job, Set<Skill>> jobSkills, ExperienceCheck check) {
        Map<Skill, Set<YearMonth>> months = new LinkedHashMap<>();
        Map<Skill, Set<String>> jobs = new HashMap<>();
        Set<Skill> direct = new HashSet<>();
        for (Candidate.Job job : candidate.work()) {
            List<YearMonth> span = check.span(job);
            for (Skill named : jobSkills.getOrDefault(job, Set.of())) {
                direct.add(named);
                for (Skill skill : graph.closure(named)) {
                    months.computeIfAbsent(skill, k -> new TreeSet<>()).addAll(span);
                    jobs.computeIfAbsent(skill, k -> new LinkedHashSet<>()).add(job.id());
                }
            }
        }
        List<Skill> asked = new ArrayList<>();
        assessed.forEach(a -> a.ask.skills.stream().filter(months::containsKey).filter(s -> !asked.contains(s))
                .forEach(asked::add));
        List<Skill> rest = months.keySet().stream().filter(direct::contains).filter(s -> !asked.contains(s))
                .filter(s -> !months.get(s).isEmpty())
                .sorted(Comparator.comparingInt((Skill s) -> months.get(s).size()).reversed()
                        .thenComparing(Skill::name))
                .toList();
        List<SkillExperience> result = new ArrayList<>();
        for (Skill skill : asked) {
            result.add(new SkillExperience(skill.name(), years(months.get(skill).size()), List.copyOf(jobs.get(skill))));
        }
        for (Skill skill : rest) {
            result.add(new SkillExperience(skill.name(), years(months.get(skill).size()), List.copyOf(jobs.get(skill))));
        }
        return result;
    }

    private static double years(int months) {
        return Math.round(months / 1.2) / 10.0;
    }
}
