package com.qh.resume.design;

import com.qh.platform.web.FieldViolation;
import com.qh.platform.web.NotFoundException;
import com.qh.platform.web.QhException;
import com.qh.platform.web.UnprocessableException;
import com.qh.rendering.Appearance;
import com.qh.rendering.AppearanceException;
import com.qh.resume.content.Composer;
import com.qh.resume.content.Composition;
import com.qh.resume.content.Design;
import com.qh.resume.documents.DocumentStore;
import com.qh.resume.source.Profiles;
import com.qh.resume.source.TargetVacancy;
import com.qh.resume.source.Vacancies;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * A user's resumes: saved designs with their versions, and their composition from the profile (tailored when the
 * design names a vacancy). Everything is the owner's: another user's resume or vacancy is simply not found.
 */
@Service
class Resumes {

    private final ResumeRows rows;
    private final Profiles profiles;
    private final Vacancies vacancies;
    private final Composer composer;
    private final BulletRewriter rewriter;
    private final DocumentStore documents;
    private final Clock clock;

    Resumes(ResumeRows rows, Profiles profiles, Vacancies vacancies, Composer composer, BulletRewriter rewriter,
            DocumentStore documents, Clock clock) {
        this.rows = rows;
        this.profiles = profiles;
        this.vacancies = vacancies;
        this.composer = composer;
        this.rewriter = rewriter;
        this.documents = documents;
        this.clock = clock;
    }

    @Transactional
    StoredResume create(UUID userId, Design design) {
        check(userId, design, null);
        Instant now = clock.instant();
        StoredResume resume = new StoredResume(UUID.randomUUID(), userId, 1, design, null, now, now);
        rows.insert(resume);
        return resume;
    }

    StoredResume get(UUID userId, UUID id) {
        return rows.find(userId, id).orElseThrow(() -> notFound(id));
    }

    List<StoredResume> list(UUID userId) {
        return rows.list(userId);
    }

    /**
     * Saves a new version of the design.
     *
     * @param expected the version the caller read (If-Match)
     * @throws QhException 412 when the resume changed since
     */
    @Transactional
    StoredResume update(UUID userId, UUID id, int expected, Design design) {
        StoredResume current = get(userId, id);
        check(userId, design, current.design().targetVacancyId());
        StoredResume next = new StoredResume(id, userId, current.version() + 1, design, current.documentId(),
                current.createdAt(), clock.instant());
        if (current.version() != expected || !rows.update(next, expected)) {
            throw stale(current.version());
        }
        return next;
    }

    @Transactional
    void delete(UUID userId, UUID id) {
        if (!rows.delete(userId, id)) {
            throw notFound(id);
        }
    }

    List<ResumeRows.Version> versions(UUID userId, UUID id) {
        get(userId, id);
        return rows.versions(id);
    }

    ResumeRows.Version version(UUID userId, UUID id, int version) {
        get(userId, id);
        return rows.version(id, version).orElseThrow(() -> new NotFoundException(
                "Resume " + id + " has no version " + version + "."));
    }

    /** The design composed over the user's current profile, tailored when it names a vacancy. */
    Composition compose(UUID userId, Design design) {
        appearance(design);
        JsonNode profile = profile(userId);
        // A target vacancy deleted since is no reason to refuse the owner's resume: it is composed untailored.
        TargetVacancy vacancy = design.targetVacancyId() == null ? null
                : vacancies.find(userId, design.targetVacancyId()).orElse(null);
        Composition composition = composer.compose(profile, design, vacancy);
        return design.photoDocumentId() == null ? composition : withPhoto(composition, design.photoDocumentId());
    }

    /** The composition with the user's photo (a PHOTO document, read with their token), or a 422 for a bad one. */
    private Composition withPhoto(Composition composition, UUID photoDocumentId) {
        byte[] image = documents.photo(photoDocumentId);
        try {
            return new Composition(composition.document().withPhoto(image), composition.changes(),
                    composition.match());
        }
        catch (AppearanceException e) {
            throw new UnprocessableException("invalid-photo", e.getMessage(),
                    List.of(new FieldViolation("photoDocumentId", e.getMessage())));
        }
    }

    /** The design with its target vacancy's bullet rewrites by the model, fact-checked; as it is without a model. */
    Design rewritten(UUID userId, Design design) {
        if (design.targetVacancyId() == null) {
            return design;
        }
        JsonNode profile = profile(userId);
        TargetVacancy vacancy = vacancy(userId, design.targetVacancyId());
        return design.withTarget(vacancy.id(), design.tailoring().withRewrites(
                rewriter.rewrite(userId, profile, design, vacancy)));
    }

    private JsonNode profile(UUID userId) {
        return profiles.profileOf(userId).orElseThrow(() -> new UnprocessableException(
                "profile-incomplete", "You have no profile yet: fill in your name and your experience, education "
                        + "or skills first.", List.of(new FieldViolation("profile", "No profile saved yet"))));
    }

    void rememberDocument(UUID userId, UUID id, UUID documentId) {
        rows.rememberDocument(userId, id, documentId);
    }

    /** The design's appearance, or a 422 naming the field at fault. */
    static Appearance appearance(Design design) {
        try {
            return design.look();
        }
        catch (AppearanceException e) {
            String field = "template".equals(e.field()) ? "template" : "appearance." + e.field();
            throw new UnprocessableException("invalid-appearance", e.getMessage(),
                    List.of(new FieldViolation(field, e.getMessage())));
        }
    }

    /** The design's appearance, and its target vacancy when it names a new one (a kept one may be gone since). */
    private void check(UUID userId, Design design, UUID keptTarget) {
        appearance(design);
        if (design.targetVacancyId() != null && !design.targetVacancyId().equals(keptTarget)) {
            vacancy(userId, design.targetVacancyId());
        }
    }

    /** A 404 unless the user has this saved vacancy now. */
    void requireVacancy(UUID userId, UUID vacancyId) {
        vacancy(userId, vacancyId);
    }

    private TargetVacancy vacancy(UUID userId, UUID vacancyId) {
        return vacancies.find(userId, vacancyId).orElseThrow(() -> new NotFoundException(
                "You have no vacancy " + vacancyId + "."));
    }

    static NotFoundException notFound(UUID id) {
        return new NotFoundException("You have no resume " + id + ".");
    }

    static QhException stale(int current) {
        QhException problem = new QhException(HttpStatus.PRECONDITION_FAILED, "resume-changed",
                "Resume changed meanwhile", "The resume has changed since it was read; read it again (its ETag is "
                        + "new) and repeat the change.");
        return current >= 0 ? problem.with("currentETag", etag(current)) : problem;
    }

    static String etag(int version) {
        return "\"v" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header expects.
     *
     * @throws QhException 428 when the header is missing, 412 when it names no version of ours
     */
    static int expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new QhException(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "If-Match required",
                    "Send the ETag of the resume you read as If-Match, so that a change made elsewhere in the "
                            + "meantime is not overwritten.");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() > 3 && tag.startsWith("\"v") && tag.endsWith("\"")) {
            try {
                return Integer.parseInt(tag.substring(2, tag.length() - 1));
            }
            catch (NumberFormatException e) {
                // Falls through to the problem below.
            }
        }
        throw stale(-1);
    }
}
