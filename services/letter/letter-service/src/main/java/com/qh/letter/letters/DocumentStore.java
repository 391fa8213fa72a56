package com.qh.letter.letters;

import com.qh.platform.client.ServiceClients;
import com.qh.platform.web.QhException;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClientException;

/**
 * Stores rendered letters in the document service with the user's own token, so the file counts against that
 * user's quota and the document service checks ownership: the first render creates a {@code GENERATED_LETTER}
 * document ({@code POST /api/v1/documents}), later ones add a version ({@code POST /api/v1/documents/{id}/versions}).
 * A document the user deleted meanwhile (404) is created again.
 */
@Component
class DocumentStore {

    private final ServiceClients clients;

    DocumentStore(ServiceClients clients) {
        this.clients = clients;
    }

    /** Where a file went. */
    record Stored(UUID documentId, int version, long size) {
    }

    record DocumentView(UUID id, int currentVersion, long size) {
    }

    record VersionView(int number, long size) {
    }

    Stored store(UUID documentId, String title, String fileName, String mediaType, byte[] content) {
        if (documentId != null) {
            VersionView added = call(() -> clients.forService("document").post()
                    .uri("/api/v1/documents/{id}/versions", documentId)
                    .contentType(MediaType.MULTIPART_FORM_DATA).body(body(fileName, mediaType, content, null))
                    .retrieve()
                    .onStatus(status -> status.value() == 404, (request, response) -> {
                        throw new DocumentGone();
                    })
                    .onStatus(HttpStatusCode::isError, (request, response) -> refused(response.getStatusCode()))
                    .body(VersionView.class));
            if (added != null) {
                return new Stored(documentId, added.number(), added.size());
            }
        }
        DocumentView created = call(() -> clients.forService("document").post().uri("/api/v1/documents")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(body(fileName, mediaType, content, title))
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> refused(response.getStatusCode()))
                .body(DocumentView.class));
        if (created == null) {
            throw unavailable("no answer body");
        }
        return new Stored(created.id(), created.currentVersion(), created.size());
    }

    private static MultiValueMap<String, HttpEntity<?>> body(String fileName, String mediaType, byte[] content,
            String title) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }).header(HttpHeaders.CONTENT_TYPE, mediaType);
        if (title != null) {
            parts.part("kind", "GENERATED_LETTER");
            parts.part("title", title);
        }
        return parts.build();
    }

    private static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        }
        catch (DocumentGone gone) {
            return null;
        }
        catch (QhException problem) {
            throw problem;
        }
        catch (RestClientException e) {
            throw unavailable(e.getClass().getSimpleName());
        }
    }

    /** 4xx of the document service that are the user's to fix pass on; anything else is its failure. */
    private static void refused(HttpStatusCode status) {
        int code = status.value();
        if (code == 413 || code == 415 || code == 422 || code == 429) {
            throw new QhException(HttpStatus.valueOf(code), "document-refused", "Document refused",
                    "The document service refused the letter (" + code + "): over your quota, or a format it does "
                            + "not keep.");
        }
        throw unavailable("status " + code);
    }

    private static QhException unavailable(String why) {
        return new QhException(HttpStatus.SERVICE_UNAVAILABLE, "document-service-unavailable",
                "Service unavailable", "The document service did not store the letter (" + why
                        + "); try again in a moment.");
    }

    /** The document was deleted since the last render: a new one is made. */
    private static final class DocumentGone extends RuntimeException {
        DocumentGone() {
            super(null, null, false, false);
        }
    }
}
