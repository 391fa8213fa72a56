package com.qh.resume.content;

import com.qh.rendering.Appearance;
import com.qh.rendering.Appearance.PageSize;
import com.qh.rendering.Appearance.SkillStyle;
import com.qh.rendering.AppearanceException;
import com.qh.rendering.Language;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A resume as the user designs it: a view over the profile, never a copy of its facts.
 *
 * @param title the resume's own name in the user's list ("Java backend, RU")
 * @param language ru or en; a text the profile lacks in it is taken from the other language
 * @param template a template id of {@code GET /api/v1/resumes/templates}
 * @param appearance settings over the template's own design; every one left out is the template's
 * @param sections the parts shown, in order, with their entries' order and visibility; parts left out follow in
 *     the default order
 * @param headline the line under the name, instead of the profile's headline; null for the profile's
 * @param targetVacancyId a saved vacancy to tailor to, or null
 * @param tailoring how to tailor when there is a target vacancy
 * @param photoDocumentId a {@code PHOTO} document of the user's (JPEG or PNG) shown by templates with a place for
 *     one, or null for none
 */
@Schema(description = "A resume's design over the profile", example = """
        {"title": "Java backend", "language": "ru", "template": "modern",
         "appearance": {"fontFamily": "PT Sans", "accent": "#1d4ed8", "pageSize": "A4", "dateStyle": "MONTH"},
         "sections": [{"part": "EXPERIENCE"}, {"part": "SKILLS"}, {"part": "EDUCATION"},
                      {"part": "INTERESTS", "hidden": true}]}""")
public record Design(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Pattern(regexp = "ru|en", message = "must be ru or en") String language,
        @NotBlank @Size(max = 40) String template,
        @Valid Look appearance,
        @Size(max = 20) List<@Valid SectionChoice> sections,
        @Size(max = 200) String headline,
        UUID targetVacancyId,
        @Valid Tailoring tailoring,
        UUID photoDocumentId) {

    public Design {
        appearance = appearance == null ? Look.DEFAULT : appearance;
        sections = sections == null ? List.of() : List.copyOf(sections);
        tailoring = tailoring == null ? Tailoring.DEFAULT : tailoring;
    }

    /** A design without a photo. */
    public Design(String title, String language, String template, Look appearance, List<SectionChoice> sections,
            String headline, UUID targetVacancyId, Tailoring tailoring) {
        this(title, language, template, appearance, sections, headline, targetVacancyId, tailoring, null);
    }

    /** The same design tailored to another vacancy (null for none). */
    public Design withTarget(UUID vacancyId, Tailoring newTailoring) {
        return new Design(title, language, template, appearance, sections, headline, vacancyId, newTailoring,
                photoDocumentId);
    }

    /** The language as the rendering library names it. */
    public Language lang() {
        return Language.of(language);
    }

    /**
     * The rendering library's appearance: the template's design with the user's settings over it.
     *
     * @throws AppearanceException naming the field for an unknown template or font, or a value out of range
     */
    public Appearance look() {
        return appearance.over(template);
    }

    /** The date style of the appearance. */
    public DateStyle dateStyle() {
        return appearance.dateStyle() == null ? DateStyle.MONTH : DateStyle.parse(appearance.dateStyle());
    }

    /**
     * How the resume looks beyond its template; every value left out is the template's own.
     *
     * @param fontFamily a family of {@code GET /api/v1/resumes/fonts}
     * @param baseSize body text in points, 8 to 13
     * @param lineHeight 1.0 to 2.0
     * @param accent {@code #rrggbb}
     * @param margin page margins in millimetres, 8 to 30
     * @param pageSize A4 or LETTER
     * @param columns 1, or 2 for a sidebar
     * @param skills LIST, TAGS or LEVELS
     * @param dateStyle MONTH («янв. 2024 — н. в.», "Jan 2024 – Present") or YEAR («2024 — н. в.»)
     */
    @Schema(description = "Settings over the template's design; each left out is the template's")
    public record Look(String fontFamily, Double baseSize, Double lineHeight, String accent, Double margin,
            String pageSize, Integer columns, String skills, String dateStyle) {

        static final Look DEFAULT = new Look(null, null, null, null, null, null, null, null, null);

        Appearance over(String template) {
            Appearance look = Appearance.of(template);
            if (fontFamily != null) {
                look = look.withFont(fontFamily);
            }
            if (baseSize != null || lineHeight != null) {
                look = look.withSize(baseSize != null ? baseSize : look.baseSize(),
                        lineHeight != null ? lineHeight : look.lineHeight());
            }
            if (accent != null) {
                look = look.withAccent(accent);
            }
            if (margin != null) {
                look = look.withMargin(margin);
            }
            if (pageSize != null) {
                look = look.withPageSize(named(PageSize.class, "pageSize", pageSize));
            }
            if (columns != null) {
                look = look.withColumns(columns);
            }
            if (skills != null) {
                look = look.withSkills(named(SkillStyle.class, "skills", skills));
            }
            if (dateStyle != null) {
                DateStyle.parse(dateStyle);
            }
            return look;
        }

        private static <E extends Enum<E>> E named(Class<E> type, String field, String value) {
            try {
                return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
            }
            catch (IllegalArgumentException e) {
                throw new AppearanceException(field, "Unknown " + field + " '" + value + "'; one of "
                        + List.of(type.getEnumConstants()));
            }
        }
    }

    /** How dates are printed. */
    public enum DateStyle {
        /** «янв. 2024 — н. в.», "Jan 2024 – Present". */
        MONTH,
        /** «2024 — н. в.», "2024 – Present". */
        YEAR;

        static DateStyle parse(String value) {
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            }
            catch (IllegalArgumentException e) {
                throw new AppearanceException("dateStyle", "Unknown date style '" + value + "'; MONTH or YEAR");
            }
        }
    }

    /**
     * One part of the resume as the user arranged it.
     *
     * @param part which part
     * @param hidden true to leave the whole part out
     * @param order entry ids (the profile's) in the order shown; entries not named follow in the profile's order
     * @param hiddenEntries entry ids left out
     */
    @Schema(description = "A part of the resume: shown or not, its entries' order and the ones left out")
    public record SectionChoice(@jakarta.validation.constraints.NotNull Part part, Boolean hidden,
            @Size(max = 300) List<UUID> order, @Size(max = 300) List<UUID> hiddenEntries) {

        public SectionChoice {
            order = order == null ? List.of() : List.copyOf(order);
            hiddenEntries = hiddenEntries == null ? List.of() : List.copyOf(hiddenEntries);
        }

        boolean leftOut() {
            return Boolean.TRUE.equals(hidden);
        }
    }

    /**
     * How a resume is tailored to its target vacancy.
     *
     * @param hideIrrelevant leave out jobs, projects and other entries that name nothing the vacancy asks for
     * @param targetTitle the line under the name; null for the vacancy's title
     */
    @Schema(description = "How to tailor to the target vacancy")
    public record Tailoring(Boolean hideIrrelevant, @Size(max = 200) String targetTitle,
            @Schema(description = "Bullet points the model rewrote for this vacancy and the fact check kept, by the "
                    + "profile's entry id; each applies only while the entry's bullets are still the ones rewritten")
            @Size(max = 100) Map<String, @Valid Rewrite> rewrites) {

        static final Tailoring DEFAULT = new Tailoring(false, null);

        public Tailoring {
            rewrites = rewrites == null ? Map.of() : Map.copyOf(rewrites);
        }

        /** Tailoring without rewritten bullets. */
        public Tailoring(Boolean hideIrrelevant, String targetTitle) {
            this(hideIrrelevant, targetTitle, null);
        }

        /** The same tailoring with these rewrites. */
        public Tailoring withRewrites(Map<String, Rewrite> newRewrites) {
            return new Tailoring(hideIrrelevant, targetTitle, newRewrites);
        }

        boolean hides() {
            return Boolean.TRUE.equals(hideIrrelevant);
        }
    }

    /**
     * An entry's bullet points as the model rewrote them.
     *
     * @param from the profile's bullets they were rewritten from
     * @param to the rewritten bullets that passed the fact check
     */
    @Schema(description = "An entry's bullets as rewritten, and the profile's bullets they came from")
    public record Rewrite(@Size(max = 30) List<@Size(max = 1000) String> from,
            @Size(max = 30) List<@Size(max = 1000) String> to) {

        public Rewrite {
            from = from == null ? List.of() : List.copyOf(from);
            to = to == null ? List.of() : List.copyOf(to);
        }
    }
}
