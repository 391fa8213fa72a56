package com.qh.resume.documents;

import com.qh.platform.client.ServiceClients;
import com.qh.platform.web.FieldViolation;
import com.qh.platform.web.NotFoundException;
import com.qh.platform.web.QhException;
import com.qh.platform.web.UnprocessableException;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Stores rendered resumes in the document service with the user's own token (relayed by the starter's
 * {@link ServiceClients}), so the file counts against that user's quota and the document service itself checks
 * ownership: the first render creates a {@code GENERATED_RESUME} document ({@code POST /api/v1/documents}), later
 * ones add a version to it ({@code POST /api/v1/documents/{id}/versions}). A document the user deleted meanwhile
 * (404) is created again.
 */
@Component
public class DocumentStore {

    static final String SERVICE = "document";

    private final ServiceClients clients;

    DocumentStore(ServiceClients clients) {
        this.clients = clients;
    }

    /**
     * Where a file went.
     *
     * @param documentId the document
     * @param version the version just stored
     * @param size the bytes stored
     */
    public record Stored(UUID documentId, int version, long size) {
    }

    /** The document service's answers, as far as they are read here. */
    record DocumentView(UUID id, int currentVersion, long size) {
    }

    record VersionView(int number, long size) {
    }

    /** A document as its page describes it, for a photo. */
    record Described(UUID id, String kind, int currentVersion) {
    }

    /**
     * The current bytes of one of the user's {@code PHOTO} documents, read with the user's token (so someone else's
     * is not found).
     *
     * @throws NotFoundException when the user has no such document
     * @throws UnprocessableException when it is not a photo
     * @throws DocumentServiceUnavailableException when the document service is down or fails
     */
    public byte[] photo(UUID documentId) {
        Described described = call(() -> client().get().uri("/api/v1/documents/{id}", documentId).retrieve()
                .onStatus(status -> status.value() == 404 || status.value() == 403, (request, response) -> {
                    throw new NotFoundException("You have no document " + documentId + " for a photo.");
                })
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw new DocumentServiceUnavailableException("status " + response.getStatusCode().value(),
                            null);
                })
                .body(Described.class), documentId);
        if (described == null || !"PHOTO".equals(described.kind())) {
            throw new UnprocessableException("not-a-photo", "Document " + documentId + " is not a photo: upload "
                    + "a JPEG or PNG as a PHOTO document.", List.of(new FieldViolation("photoDocumentId",
                            "is not a PHOTO document")));
        }
        byte[] bytes = call(() -> client().get().uri("/api/v1/documents/{id}/versions/{n}/content", documentId,
                described.currentVersion()).retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw new DocumentServiceUnavailableException("status " + response.getStatusCode().value(),
                            null);
                })
                .body(byte[].class), documentId);
        if (bytes == null) {
            throw new DocumentServiceUnavailableException("no photo bytes", null);
        }
        return bytes;
    }

    /**
     * Stores a file as a new version of the document, or as a new document when there is none yet.
     *
     * @param documentId the resume's document, or null before the first render
     * @param title the document's title in the user's list
     * @throws DocumentServiceUnavailableException when the document service is down or fails
     * @throws QhException with the document service's status when it refuses the file (quota, type)
     */
    public Stored store(UUID documentId, String title, String fileName, String mediaType, byte[] content) {
        if (documentId != null) {
            VersionView added = call(() -> client().post().uri("/api/v1/documents/{id}/versions", documentId)
                    .contentType(MediaType.MULTIPART_FORM_DATA).body(body(fileName, mediaType, content, null))
                    .retrieve()
                    .onStatus(status -> status.value() == 404, (request, response) -> {
                        throw new DocumentGone();
                    })
                    .onStatus(HttpStatusCode::isError, (request, response) -> refused(response.getStatusCode()))
                    .body(VersionView.class), documentId);
            if (added != null) {
                return new Stored(documentId, added.number(), added.size());
            }
        }
        DocumentView created = call(() -> client().post().uri("/api/v1/documents")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(body(fileName, mediaType, content, title))
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> refused(response.getStatusCode()))
                .body(DocumentView.class), null);
        if (created == null) {
            throw new DocumentServiceUnavailableException("no answer body", null);
        }
        return new Stored(created.id(), created.currentVersion(), created.size());
    }

    private static org.springframework.util.MultiValueMap<String, org.springframework.http.HttpEntity<?>> body(
            String fileName, String mediaType, byte[] content, String title) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }).header(HttpHeaders.CONTENT_TYPE, mediaType);
        if (title != null) {
            parts.part("kind", "GENERATED_RESUME");
            parts.part("title", title);
        }
        return parts.build();
    }

    private static <T> T call(java.util.function.Supplier<T> call, UUID documentId) {
        try {
            return call.get();
        }
        catch (DocumentGone gone) {
            return null;
        }
        catch (QhException problem) {
            throw problem;
        }
        catch (ResourceAccessException e) {
            throw new DocumentServiceUnavailableException("no answer", e);
        }
        catch (RestClientException e) {
            throw new DocumentServiceUnavailableException(e.getClass().getSimpleName(), e);
        }
    }

    /** 4xx of the document service that are the user's to fix pass on; anything else is its failure. */
    private static void refused(HttpStatusCode status) {
        if (status.value() == 413 || status.value() == 415 || status.value() == 422 || status.value() == 429) {
            throw new QhException(HttpStatus.valueOf(status.value()), "document-refused", "Document refused",
                    "The document service refused the file (" + status.value() + "): over your quota, or a "
                            + "format it does not keep.");
        }
        throw new DocumentServiceUnavailableException("status " + status.value(), null);
    }

    private RestClient client() {
        return clients.forService(SERVICE);
    }

    /** The document was deleted since the last render: a new one is made. */
    private static final class DocumentGone extends RuntimeException {
        DocumentGone() {
            super(null, null, false, false);
        }
    }
}
