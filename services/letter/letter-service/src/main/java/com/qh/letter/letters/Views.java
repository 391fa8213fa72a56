package com.qh.letter.letters;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** The records the letter API reads and answers. */
final class Views {

    private Views() {
    }

    @Schema(description = "Draft a cover letter for one of your saved vacancies")
    record DraftRequest(
            @NotNull UUID vacancyId,
            @Schema(description = "ru or en; the vacancy's own language when left out", example = "ru")
            @Pattern(regexp = "(?i)ru|en|ru-[a-z]{2}|en-[a-z]{2}", message = "must be ru or en") String language,
            @Schema(description = "formal, neutral (the default) or warm", example = "neutral")
            @Pattern(regexp = "formal|neutral|warm", message = "must be one of: formal, neutral, warm") String tone,
            @Schema(description = "short (two requirement paragraphs) or standard (three, the default)")
            @Pattern(regexp = "short|standard", message = "must be one of: short, standard") String length) {
    }

    @Schema(description = "A new version of the letter: paragraphs or the full body text, and optionally the "
            + "greeting and the close; what is left out stays as it is")
    record EditRequest(
            @Size(max = 20) List<@NotNull @Size(max = 5000) String> paragraphs,
            @Schema(description = "The body as text, paragraphs separated by blank lines") @Size(max = 20000)
            String text,
            @Size(max = 300) String greeting,
            @Size(max = 300) String closing) {
    }

    @Schema(description = "A claim in the letter that the profile does not support")
    record Warning(
            @Schema(description = "Offset of the claim in the letter's text") int start,
            @Schema(description = "Offset just past it") int end,
            String span,
            @Schema(description = "EMPLOYER, TITLE, DATE, NUMBER, DEGREE, CERTIFICATE or SKILL") String kind,
            String reason,
            @Schema(description = "The model wrote it and the sentence was taken out of the draft") boolean removed) {
    }

    @Schema(description = "The fact check of the letter's text against your profile")
    record FactCheckView(
            @Schema(description = "false when the profile could not be read, so nothing was checked") boolean checked,
            List<Warning> warnings) {
    }

    @Schema(description = "A requirement of the vacancy the draft answers, with the profile's evidence")
    record AnswerView(String requirement, boolean must, String evidence, String employer) {
    }

    @Schema(description = "A cover letter at its current version (or the version asked for)")
    record LetterView(UUID id, UUID vacancyId, String language, String tone, String length, String company,
            String role, String recipientPerson, int version, String subject, String greeting,
            List<String> paragraphs, String closing, String signature,
            @Schema(description = "The whole letter as plain text; warning and tone offsets point into it")
            String text,
            @Schema(description = "OFFLINE or MODEL for a draft, EDIT or RESTORE for a later version") String origin,
            UUID documentId, Instant createdAt, Instant updatedAt, FactCheckView factCheck,
            @Schema(description = "The analysis service's tone report of the text, or null when it did not answer")
            JsonNode toneReport,
            @Schema(description = "Only on a draft: the requirements answered and their evidence")
            List<AnswerView> answers,
            @Schema(description = "What could not be done, in English (the tone check unavailable, ...)")
            List<String> notes) {
    }

    @Schema(description = "A letter in your list")
    record LetterSummary(UUID id, UUID vacancyId, String company, String role, String language, int version,
            UUID documentId, Instant updatedAt) {
    }

    @Schema(description = "A stored version of a letter")
    record VersionView(int version, String origin, Integer restoredFrom, Instant createdAt, String subject,
            String greeting, List<String> paragraphs, String closing, String signature, String text) {
    }

    @Schema(description = "A word diff from one version to another")
    record DiffView(int from, int to, List<WordDiff.Run> runs) {
    }

    @Schema(description = "Where the rendered letter was stored")
    record RenderView(UUID documentId, int version, String format, long size) {
    }

    /** The model's draft of a letter, as the {@code letter-draft} prompt asks for it. */
    record ModelLetter(String greeting, List<String> paragraphs, String closing) {
    }
}
