package com.qh.resume.design;

import com.qh.platform.web.QhException;
import com.qh.platform.web.UnprocessableException;
import com.qh.rendering.Appearance;
import com.qh.rendering.DocumentRenderer;
import com.qh.rendering.Format;
import com.qh.rendering.NoSuchPageException;
import com.qh.rendering.ResumeDocument;
import com.qh.resume.api.ResumeGenerated;
import com.qh.resume.content.Composition;
import com.qh.resume.content.Design;
import com.qh.resume.documents.DocumentStore;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a resume becomes: an HTML or PNG preview answered at once, or a file rendered and stored as a new version of
 * the resume's {@code GENERATED_RESUME} document, which publishes {@code resume.generated.v1} through the outbox.
 */
@Service
class Outputs {

    /** The preview's fonts are served beside the resumes ({@code catalog.CatalogController}), under the same route. */
    static final String FONT_BASE = "/api/v1/resumes/fonts/";
    private static final float PREVIEW_DPI = 80;

    private final Resumes resumes;
    private final DocumentRenderer renderer;
    private final DocumentStore documents;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Outputs(Resumes resumes, DocumentRenderer renderer, DocumentStore documents, ApplicationEventPublisher events,
            TransactionTemplate transaction, Clock clock) {
        this.resumes = resumes;
        this.renderer = renderer;
        this.documents = documents;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The file formats a resume is rendered to, by the name of the {@code format} parameter. */
    enum FileFormat {
        PDF(Format.PDF), DOCX(Format.DOCX), MD(Format.MARKDOWN);

        final Format format;

        FileFormat(Format format) {
            this.format = format;
        }

        static FileFormat of(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            }
            catch (IllegalArgumentException | NullPointerException e) {
                throw new UnprocessableException("unknown-format", "The format is pdf, docx or md (HTML is the preview, not a stored"
                        + " file: the document service keeps no HTML), not '"
                        + name + "'.");
            }
        }

        String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A render stored in the document service.
     *
     * @param documentId the resume's GENERATED_RESUME document
     * @param version the version just stored; its bytes are at
     *     {@code GET /api/v1/documents/{documentId}/versions/{version}/content}
     * @param format pdf, docx or md
     * @param size the file's size in bytes
     * @param fileName the name it was stored under
     */
    record Rendered(UUID documentId, int version, String format, long size, String fileName) {
    }

    Rendered render(UUID userId, UUID resumeId, FileFormat format) {
        StoredResume resume = resumes.get(userId, resumeId);
        Composition composition = resumes.compose(userId, resume.design());
        Appearance look = Resumes.appearance(resume.design());
        ResumeDocument document = composition.document();
        byte[] content = renderer.render(document, look, format.format);
        String fileName = fileName(document, resume.design(), format.extension());
        DocumentStore.Stored stored;
        try {
            stored = documents.store(resume.documentId(), resume.design().title(), fileName,
                    format.format.mediaType(), content);
        }
        catch (QhException refused) {
            if (format != FileFormat.MD || refused.status().value() != 415) {
                throw refused;
            }
            // A document service that keeps only plain text refuses text/markdown: it is the plain text it is.
            fileName = fileName + ".txt";
            stored = documents.store(resume.documentId(), resume.design().title(), fileName,
                    "text/plain; charset=UTF-8", content);
        }
        DocumentStore.Stored kept = stored;
        transaction.executeWithoutResult(status -> {
            if (!kept.documentId().equals(resume.documentId())) {
                resumes.rememberDocument(userId, resumeId, kept.documentId());
            }
            events.publishEvent(new ResumeGenerated(UUID.randomUUID(), clock.instant(), resumeId, userId,
                    resume.design().title(), format.extension(), kept.documentId(), kept.version(),
                    resume.design().targetVacancyId()));
        });
        return new Rendered(stored.documentId(), stored.version(), format.extension(), stored.size(), fileName);
    }

    /** The preview as HTML, its fonts served by this service. */
    String html(UUID userId, Design design) {
        return renderer.html(resumes.compose(userId, design).document(), Resumes.appearance(design), FONT_BASE);
    }

    /** A page of the PDF as PNG, drawn from the laid-out PDF in memory (no file is written for a preview). */
    byte[] png(UUID userId, Design design, int page) {
        Appearance look = Resumes.appearance(design);
        ResumeDocument document = resumes.compose(userId, design).document();
        try {
            return renderer.png(document, look, page, PREVIEW_DPI);
        }
        catch (NoSuchPageException e) {
            throw new UnprocessableException("page-out-of-range", "The resume has no page " + page + ".");
        }
    }

    /** «Anna Volkova — Java backend.pdf»: the person and the resume's title. */
    static String fileName(ResumeDocument document, Design design, String extension) {
        String base = (document.name() + " - " + design.title()).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ")
                .replaceAll("\\s+", " ").strip();
        if (base.length() > 120) {
            base = base.substring(0, 120).strip();
        }
        return base + "." + extension;
    }
}
