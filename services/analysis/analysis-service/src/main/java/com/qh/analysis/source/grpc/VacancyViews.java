package com.qh.analysis.source.grpc;

import com.qh.analysis.match.Salary;
import com.qh.analysis.match.Vacancy;
import com.qh.analysis.match.WorkFormat;
import com.qh.analysis.source.VacancyView;
import com.qh.vacancy.api.RequiredSkill;
import java.util.UUID;

/**
 * A vacancy of the vacancy service's contract as the analysis sees it. The matcher reads requirements from the
 * text itself, so the text is the description; a market vacancy has none stored, so its text is its title and its
 * skills written as a requirements list, which the extractor reads as required.
 */
final class VacancyViews {

    private VacancyViews() {
    }

    static VacancyView of(com.qh.vacancy.api.Vacancy wire) {
        Vacancy vacancy = new Vacancy(blankToNull(wire.getTitle()), text(wire), blankToNull(wire.getCity()),
                workFormat(wire.getWorkFormat()), wire.hasSalary() ? salary(wire.getSalary()) : null);
        return new VacancyView(UUID.fromString(wire.getId()), wire.getSource(), blankToNull(wire.getSourceId()),
                blankToNull(wire.getEmployer()), blankToNull(wire.getUrl()), vacancy);
    }

    private static String text(com.qh.vacancy.api.Vacancy wire) {
        if (!wire.getDescription().isBlank()) {
            return wire.getDescription();
        }
        StringBuilder text = new StringBuilder(wire.getTitle());
        if (wire.getRequirements().getSkillsCount() > 0) {
            text.append("\nRequirements:");
            for (RequiredSkill skill : wire.getRequirements().getSkillsList()) {
                text.append("\n- ").append(skill.getName());
            }
        }
        return text.toString();
    }

    private static WorkFormat workFormat(com.qh.vacancy.api.WorkFormat wire) {
        return switch (wire) {
            case WORK_FORMAT_ONSITE -> WorkFormat.ONSITE;
            case WORK_FORMAT_HYBRID -> WorkFormat.HYBRID;
            case WORK_FORMAT_REMOTE -> WorkFormat.REMOTE;
            default -> null;
        };
    }

    private static Salary salary(com.qh.vacancy.api.Salary wire) {
        Long from = wire.hasFrom() ? wire.getFrom() : null;
        Long to = wire.hasTo() ? wire.getTo() : null;
        if (from == null && to == null || from != null && to != null && from > to) {
            return null;
        }
        return new Salary(from, to, blankToNull(wire.getCurrency()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
