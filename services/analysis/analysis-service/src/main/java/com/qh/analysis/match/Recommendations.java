package com.qh.analysis.match;

import com.qh.analysis.match.MatchResult.Importance;
import com.qh.analysis.match.MatchResult.Kind;
import com.qh.analysis.match.MatchResult.Recommendation;
import com.qh.analysis.match.MatchResult.RecommendationKind;
import com.qh.analysis.match.MatchResult.Status;
import com.qh.analysis.match.ProfileIndex.Item;
import com.qh.analysis.match.Scoresheet.Line;
import com.qh.analysis.match.Scoresheet.Part;
import com.qh.analysis.match.VacancyMatcher.Assessed;
import com.qh.analysis.match.VacancyMatcher.ExperienceLine;
import com.qh.skills.Skill;
import com.qh.skills.SkillGraph;
import com.qh.skills.SkillMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What to change in a profile for a vacancy, ranked by the points each change would add: the score of the match
 * with the change assumed minus the score without it. A change that adds no points (a summary, naming a skill's
 * years where the vacancy asks none) still helps a reader and comes last.
 */
final class Recommendations {

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final int MAX = 15;

    private final SkillGraph graph;
    private final Candidate candidate;
    private final ProfileIndex index;
    private final List<Assessed> assessed;
    private final Scoresheet sheet;
    private final ExperienceLine experience;
    private final ExperienceCheck experienceCheck;
    private final Map<Candidate.Job, Set<Skill>> jobSkills;
    private final Set<Candidate.Job> relevantJobs;

    Recommendations(SkillGraph graph, Candidate candidate, ProfileIndex index, List<Assessed> assessed,
            Scoresheet sheet, ExperienceLine experience, ExperienceCheck experienceCheck,
            Map<Candidate.Job, Set<Skill>> jobSkills, Set<Candidate.Job> relevantJobs) {
        this.graph = graph;
        this.candidate = candidate;
        this.index = index;
        this.assessed = assessed;
        this.sheet = sheet;
        this.experience = experience;
        this.experienceCheck = experienceCheck;
        this.jobSkills = jobSkills;
        this.relevantJobs = relevantJobs;
    }

    List<Recommendation> ranked() {
        List<Recommendation> all = new ArrayList<>();
        addSkills(all);
        stateYears(all);
        quantify(all);
        fillSections(all);
        learn(all);
        all.sort(Comparator.comparingDouble(Recommendation::gain).reversed()
                .thenComparing(Recommendation::kind));
        return all.stream().limit(MAX).toList();
    }

    /** A met skill the profile shows in a job or elsewhere but not in the skills list. */
    private void addSkills(List<Recommendation> out) {
        Set<String> done = new HashSet<>();
        for (int i = 0; i < assessed.size(); i++) {
            Assessed a = assessed.get(i);
            if (a.ask().kind != Kind.SKILL || a.status() != Status.MET || a.listed() || a.evidence().isEmpty()) {
                continue;
            }
            Optional<Skill> shown = a.ask().skills.stream()
                    .filter(skill -> index.showing(skill).stream().anyMatch(item -> !item.study()))
                    .findFirst();
            if (shown.isEmpty() || !done.add(shown.get().name())) {
                continue;
            }
            String name = shown.get().name();
            String where = a.evidence().getFirst().text();
            out.add(new Recommendation(RecommendationKind.ADD_SKILL, "skills", null,
                    sheet.gainOf(sheet.withLine(i, Line::asListed)),
                    "Add \u201c" + name + "\u201d to your skills list: your profile shows it (\u201c" + clip(where)
                            + "\u201d) but does not list it, and recruiters and ATS filters search the list.",
                    "Добавьте «" + name + "» в список навыков: он виден в профиле («" + clip(where)
                            + "»), но не указан в списке, а рекрутеры и ATS ищут по списку."));
        }
    }

    /**
     * The vacancy asks years with a technology the profile knows, but the jobs where the candidate's role fits do
     * not name it, so their years do not count.
     */
    private void stateYears(List<Recommendation> out) {
        if (experience == null || experience.assessed().credit() >= 1 || candidate.work().isEmpty()) {
            statedOnlyInList(out);
            return;
        }
        String sentence = experience.asked().evidence();
        Set<Roles> roles = Roles.in(sentence);
        for (SkillMention mention : graph.taxonomy().findIn(sentence)) {
            Skill technology = mention.skill();
            if (technology.broad() || index.showing(technology).isEmpty()) {
                continue;
            }
            List<Candidate.Job> silent = candidate.work().stream()
                    .filter(job -> roles.isEmpty() || Roles.fit(roles, Roles.in(job.title())) > 0)
                    .filter(job -> jobSkills.getOrDefault(job, Set.of()).stream()
                            .noneMatch(skill -> graph.implies(skill, technology)))
                    .sorted(Comparator.comparing(Candidate.Job::start, Comparator.nullsLast(Comparator.reverseOrder())))
                    .toList();
            if (silent.isEmpty()) {
                continue;
            }
            Map<Candidate.Job, Set<Skill>> assumed = new HashMap<>(jobSkills);
            for (Candidate.Job job : silent) {
                Set<Skill> skills = new LinkedHashSet<>(assumed.getOrDefault(job, Set.of()));
                skills.add(technology);
                assumed.put(job, skills);
            }
            ExperienceCheck.Years years = experienceCheck.years(sentence, candidate.work(), assumed,
                    experience.mustSkills(), experience.vacancyTitle());
            double credit = VacancyMatcher.experienceCredit(experience.asked(), years.years());
            double gain = sheet.gainOf(withExperienceCredit(credit));
            Candidate.Job job = silent.getFirst();
            double now = experience.years().years();
            out.add(new Recommendation(RecommendationKind.STATE_YEARS, "work", job.id(), gain,
                    "Name " + technology.name() + " in the jobs where you used it, starting with " + job.title()
                            + at(job.employer(), " at ") + ": the vacancy asks \u201c" + clip(sentence)
                            + "\u201d and only " + oneDecimal(now) + " years count now.",
                    "Укажите " + technology.name() + " в тех местах работы, где вы его применяли, начиная с «"
                            + job.title() + "»" + at(job.employer(), ", ") + ": вакансия просит «" + clip(sentence)
                            + "», а сейчас засчитывается лет: " + oneDecimal(now) + "."));
        }
        statedOnlyInList(out);
    }

    /** A required skill only listed, never placed in a job: a reader cannot tell for how long it was used. */
    private void statedOnlyInList(List<Recommendation> out) {
        if (candidate.work().isEmpty()) {
            return;
        }
        Set<String> done = new HashSet<>();
        for (Assessed a : assessed) {
            if (a.ask().kind != Kind.SKILL || a.ask().importance != Importance.MUST || a.status() != Status.MET) {
                continue;
            }
            for (Skill skill : a.ask().skills) {
                List<Item> shown = index.showing(skill);
                boolean inJob = shown.stream().anyMatch(item -> item.job() != null);
                if (!shown.isEmpty() && !inJob && done.add(skill.name())) {
                    out.add(new Recommendation(RecommendationKind.STATE_YEARS, "work", null, 0,
                            "Say in which jobs and for how many years you used " + skill.name()
                                    + ": it is in your profile, but no job mentions it.",
                            "Напишите, на какой работе и сколько лет вы использовали " + skill.name()
                                    + ": навык есть в профиле, но ни в одном месте работы не упомянут."));
                }
            }
        }
    }

    /** A relevant job whose bullets carry no numbers. */
    private void quantify(List<Recommendation> out) {
        for (Candidate.Job job : candidate.work()) {
            if (!relevantJobs.contains(job)) {
                continue;
            }
            Optional<String> bare = job.highlights().stream().filter(h -> !DIGIT.matcher(h).find()).findFirst();
            if (bare.isEmpty() && job.highlights().isEmpty() && job.summary() != null
                    && !DIGIT.matcher(job.summary()).find()) {
                bare = Optional.of(job.summary());
            }
            if (bare.isEmpty()) {
                continue;
            }
            double share = VacancyMatcher.quantifiedShare(relevantJobs, Set.of(job));
            out.add(new Recommendation(RecommendationKind.QUANTIFY_ACHIEVEMENT, "work", job.id(),
                    sheet.gainOf(sheet.withQuantified(share)),
                    "Put a number on a result of " + job.title() + at(job.employer(), " at ") + ", e.g. \u201c"
                            + clip(bare.get()) + "\u201d: by how much, for how many, how fast.",
                    "Добавьте цифры к результату на месте «" + job.title() + "»" + at(job.employer(), ", ")
                            + ", например «" + clip(bare.get()) + "»: на сколько, для скольких, за какой срок."));
        }
    }

    /** A section the vacancy asks about that the profile lacks. */
    private void fillSections(List<Recommendation> out) {
        if (candidate.education().isEmpty() && has(Part.EDUCATION)) {
            out.add(new Recommendation(RecommendationKind.FILL_SECTION, "education", null,
                    sheet.gainOf(sheet.withLines(line -> line.part() == Part.EDUCATION ? line.withCredit(1) : line)),
                    "Fill in your education: the vacancy asks for it and your profile has none.",
                    "Заполните раздел «Образование»: вакансия его требует, а в профиле он пуст."));
        }
        if (candidate.languages().isEmpty() && has(Part.LANGUAGES)) {
            out.add(new Recommendation(RecommendationKind.FILL_SECTION, "languages", null,
                    sheet.gainOf(sheet.withLines(line -> line.part() == Part.LANGUAGES ? line.withCredit(1) : line)),
                    "List your languages with their levels (e.g. English B2): the vacancy asks for one.",
                    "Укажите языки и уровень владения (например, английский B2): вакансия их требует."));
        }
        if (candidate.work().isEmpty() && has(Part.EXPERIENCE)) {
            out.add(new Recommendation(RecommendationKind.FILL_SECTION, "work", null,
                    sheet.gainOf(sheet.withLines(line -> line.part() == Part.EXPERIENCE ? line.withCredit(1) : line)),
                    "Add your work experience with dates: the vacancy asks for years of it.",
                    "Добавьте опыт работы с датами: вакансия требует стаж."));
        }
        if (candidate.skills().stream().allMatch(group -> group.keywords().isEmpty()) && has(Part.SKILLS)) {
            out.add(new Recommendation(RecommendationKind.FILL_SECTION, "skills", null,
                    sheet.gainOf(sheet.withLines(Line::asListed)),
                    "Add a skills list: recruiters and ATS filters search it first.",
                    "Добавьте список навыков: рекрутеры и ATS ищут по нему в первую очередь."));
        }
        if (candidate.summary() == null || candidate.summary().isBlank()) {
            out.add(new Recommendation(RecommendationKind.FILL_SECTION, "summary", null, 0,
                    "Write a two- or three-sentence summary: your role, years and the strengths this vacancy needs.",
                    "Напишите краткое «О себе» в два-три предложения: роль, стаж и сильные стороны под эту вакансию."));
        }
    }

    /** What is truly missing, what is only adjacent or studied, and a language below the level asked. */
    private void learn(List<Recommendation> out) {
        for (int i = 0; i < assessed.size(); i++) {
            Assessed a = assessed.get(i);
            if (a.status() == Status.MET || a.ask().kind == Kind.EXPERIENCE || a.ask().kind == Kind.EDUCATION) {
                continue;
            }
            double gain = sheet.gainOf(sheet.withLine(i, line -> line.withCredit(1)));
            String asks = a.ask().importance == Importance.MUST ? "requires" : "would welcome";
            String asksRu = a.ask().importance == Importance.MUST ? "требует" : "считает плюсом";
            String source = clip(a.ask().source);
            if (a.ask().kind == Kind.LANGUAGE) {
                out.add(new Recommendation(RecommendationKind.LEARN, "languages", null, gain,
                        "Raise your language level: the vacancy " + asks + " \u201c" + source + "\u201d.",
                        "Подтяните уровень языка: вакансия " + asksRu + " «" + source + "»."));
                continue;
            }
            String names = names(a.ask().skills, " or ", "\u201c", "\u201d");
            String namesRu = names(a.ask().skills, " или ", "«", "»");
            if (a.status() == Status.MISSING) {
                String why = a.ask().importance == Importance.MUST ? "это требование вакансии"
                        : "вакансия считает это плюсом";
                out.add(new Recommendation(RecommendationKind.LEARN, "skills", null, gain,
                        "Learn " + names + ": the vacancy " + asks + " it (\u201c" + source + "\u201d).",
                        "Изучите " + namesRu + ": " + why + " («" + source + "»)."));
            } else if (a.adjacentOnly()) {
                String close = a.evidence().isEmpty() ? "" : a.evidence().getFirst().text();
                out.add(new Recommendation(RecommendationKind.LEARN, "skills", null, gain,
                        "Get hands-on with " + names + ": your profile shows something close (\u201c" + clip(close)
                                + "\u201d), but not the same.",
                        "Освойте на практике " + namesRu + ": в профиле есть близкое («" + clip(close)
                                + "»), но не то же самое."));
            } else {
                out.add(new Recommendation(RecommendationKind.LEARN, "projects", null, gain,
                        "Use " + names + " at work or in a project with results: now it shows only in study or "
                                + "side projects.",
                        "Примените " + namesRu + " в работе или в проекте с результатом: сейчас он виден только в "
                                + "учёбе или пет-проектах."));
            }
        }
    }

    private boolean has(Part part) {
        return sheet.lines().stream().anyMatch(line -> line.part() == part);
    }

    private Scoresheet withExperienceCredit(double credit) {
        return sheet.withLines(line -> line.part() == Part.EXPERIENCE ? line.withCredit(credit) : line);
    }

    private static String names(List<Skill> skills, String or, String open, String close) {
        List<String> names = skills.stream().map(skill -> open + skill.name() + close).toList();
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + or + names.getLast();
    }

    private static String at(String employer, String glue) {
        return employer == null || employer.isBlank() ? "" : glue + employer;
    }

    private static String oneDecimal(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    private static String clip(String text) {
        String strip = text == null ? "" : text.strip();
        return strip.length() <= 90 ? strip : strip.substring(0, 87) + "…";
    }
}
