package com.qh.analysis.match;

import com.qh.skills.Skill;
import com.qh.skills.SkillGraph;
import com.qh.skills.SkillMention;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Years of relevant experience, from the dates of the jobs.
 *
 * <p>A job counts towards an experience requirement by how relevant it is: fully when its title names the role
 * the requirement names ("Опыт работы аналитиком" and "Data Analyst") and, when the requirement names a technology
 * ("Java от 3 лет"), the job uses it; half for an adjacent role, an adjacent technology (Kotlin for Java), the
 * right role without the technology, or a title that names no role we know ("Team Lead") with the technology; not
 * at all for another role (Java test code is not Java development). Overlapping jobs are not
 * counted twice: each month counts once, at the relevance of the most relevant job of that month.
 */
final class ExperienceCheck {

    private final SkillGraph graph;
    private final YearMonth now;

    ExperienceCheck(SkillGraph graph, YearMonth now) {
        this.graph = graph;
        this.now = now;
    }

    /** The result: years counted and how relevant each job was. */
    record Years(double years, Map<Candidate.Job, Double> relevance) {
    }

    /**
     * Years for the requirement written in {@code sentence}.
     *
     * @param jobSkills the skills each job names, by title and text (a recommendation may add one to see its gain)
     * @param vacancySkills the vacancy's required skills, for a requirement that names neither role nor skill
     * @param vacancyTitle the vacancy's title, ditto
     */
    Years years(String sentence, List<Candidate.Job> jobs, Map<Candidate.Job, Set<Skill>> jobSkills,
            Collection<Skill> vacancySkills, String vacancyTitle) {
        Set<Roles> asked = Roles.in(sentence);
        Set<Skill> technologies = new LinkedHashSet<>();
        for (SkillMention mention : graph.taxonomy().findIn(sentence)) {
            if (!mention.skill().broad()) {
                technologies.add(mention.skill());
            }
        }
        Set<Roles> titleRoles = Roles.in(vacancyTitle);
        Map<Candidate.Job, Double> relevance = new HashMap<>();
        for (Candidate.Job job : jobs) {
            Set<Skill> skills = jobSkills.getOrDefault(job, Set.of());
            Set<Roles> roles = Roles.in(job.title());
            double r;
            if (!asked.isEmpty()) {
                // A title naming no role we know ("Team Lead") may be the role asked: half, if the job uses the
                // technology. A title naming another role (QA writing Java tests) is not it.
                double role = roles.isEmpty() ? 0.5 : Roles.fit(asked, roles);
                double uses = technologies.isEmpty() ? 1 : uses(skills, technologies);
                r = roles.isEmpty() ? role * uses : role * (uses > 0 ? uses : 0.5);
            } else if (!technologies.isEmpty()) {
                r = uses(skills, technologies);
            } else {
                boolean sameRole = !titleRoles.isEmpty() && Roles.fit(titleRoles, roles) == 1;
                r = sameRole || uses(skills, vacancySkills) == 1 ? 1 : 0;
            }
            if (r > 0) {
                relevance.put(job, r);
            }
        }
        return new Years(months(relevance) / 12.0, relevance);
    }

    /** 1 when the job names one of the skills or one implying it; 0.5 when only through Kotlin-for-Java adjacency. */
    private double uses(Set<Skill> jobSkills, Collection<Skill> wanted) {
        double best = 0;
        for (Skill want : wanted) {
            if (jobSkills.contains(want)) {
                return 1;
            }
            boolean implied = jobSkills.stream().anyMatch(skill -> graph.implies(skill, want));
            boolean adjacent = jobSkills.stream().anyMatch(skill -> graph.adjacent(want).contains(skill));
            if (implied && !adjacent) {
                return 1;
            }
            if (implied || adjacent) {
                best = 0.5;
            }
        }
        return best;
    }

    private double months(Map<Candidate.Job, Double> relevance) {
        Map<YearMonth, Double> byMonth = new HashMap<>();
        relevance.forEach((job, r) -> {
            for (YearMonth month : span(job)) {
                byMonth.merge(month, r, Math::max);
            }
        });
        return byMonth.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Every month of a job, start and end included; a current job runs to now, a job from the future counts none. */
    List<YearMonth> span(Candidate.Job job) {
        List<YearMonth> months = new ArrayList<>();
        if (job.start() == null) {
            return months;
        }
        YearMonth end = job.end() == null || job.end().isAfter(now) ? now : job.end();
        for (YearMonth month = job.start(); !month.isAfter(end) && months.size() < 720; month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }
}
