package com.qh.resume.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.qh.resume.content.Change;
import com.qh.resume.content.Composition;
import com.qh.resume.content.Design;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The records the resume API answers and takes besides {@link Design}. */
final class Views {

    private Views() {
    }

    @Schema(description = "A resume: its design over the profile, its version and the document its renders go to")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ResumeView(UUID id, int version, Design design,
            @Schema(description = "The GENERATED_RESUME document renders are stored in; null before the first")
            UUID documentId, Instant createdAt, Instant updatedAt,
            @Schema(description = "With a target vacancy: what tailoring changed and how the resume meets it")
            Tailored tailoring) {

        static ResumeView of(StoredResume resume, Composition composition) {
            Tailored tailored = composition == null || composition.match() == null ? null
                    : new Tailored(composition.changes(), composition.match());
            return new ResumeView(resume.id(), resume.version(), resume.design(), resume.documentId(),
                    resume.createdAt(), resume.updatedAt(), tailored);
        }
    }

    @Schema(description = "What tailoring changed against the untailored resume, and the vacancy's skills it names")
    record Tailored(List<Change> changes, Composition.Match match) {
    }

    @Schema(description = "A resume in the user's list")
    record ResumeSummary(UUID id, String title, String language, String template, UUID targetVacancyId, int version,
            Instant updatedAt) {

        static ResumeSummary of(StoredResume resume) {
            Design d = resume.design();
            return new ResumeSummary(resume.id(), d.title(), d.language(), d.template(), d.targetVacancyId(),
                    resume.version(), resume.updatedAt());
        }
    }

    @Schema(description = "A stored version of a resume's design")
    record VersionView(int version, String title, Instant createdAt, Design design) {

        static VersionView of(ResumeRows.Version version, boolean withDesign) {
            return new VersionView(version.version(), version.design().title(), version.createdAt(),
                    withDesign ? version.design() : null);
        }
    }

    @Schema(description = "Tailor the resume to one of your saved vacancies")
    record TailorRequest(@NotNull UUID vacancyId,
            @Schema(description = "Leave out jobs, projects and other entries that name nothing the vacancy asks for")
            Boolean hideIrrelevant,
            @Schema(description = "The line under the name; the vacancy's title when left out")
            @Size(max = 200) String targetTitle,
            @Schema(description = "Also rewrite bullet points with the model (when one is configured), keeping "
                    + "only what the fact check finds in the profile")
            Boolean rewrite) {
    }
}
