package com.qh.analysis.resume;

import com.qh.platform.client.ServiceClients;
import com.qh.platform.web.NotFoundException;
import java.util.UUID;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * A user's stored document, read from the document service. Serving that user's request, the user's own token
 * is relayed to the user endpoints ({@code GET /api/v1/documents/{id}} and its version's content), so the
 * document service itself answers 404 for someone else's document. Outside a request (a job), with the service
 * token, through the document service's internal read endpoints ({@code InternalDocumentController}):
 * {@code GET /api/v1/internal/documents/{id}?userId=} and
 * {@code GET /api/v1/internal/documents/{id}/versions/{n}/content?userId=}.
 */
@Component
class DocumentFiles {

    private final ServiceClients clients;

    DocumentFiles(ServiceClients clients) {
        this.clients = clients;
    }

    /** The document's current version as the document service describes it. */
    record Description(UUID id, String kind, int currentVersion, String fileName, String mediaType, long size,
            String sha256) {
    }

    Description describe(UUID userId, UUID documentId) {
        boolean asUser = actingAs(userId);
        String path = asUser ? "/api/v1/documents/{id}" : "/api/v1/internal/documents/{id}?userId={user}";
        return client().get().uri(path, documentId, userId).retrieve()
                .onStatus(status -> status.value() == 404 || status.value() == 403,
                        (request, response) -> notFound(documentId))
                .body(Description.class);
    }

    byte[] content(UUID userId, UUID documentId, int version) {
        boolean asUser = actingAs(userId);
        String path = asUser ? "/api/v1/documents/{id}/versions/{n}/content"
                : "/api/v1/internal/documents/{id}/versions/{n}/content?userId={user}";
        return client().get().uri(path, documentId, version, userId).retrieve()
                .onStatus(status -> status.value() == 404 || status.value() == 403,
                        (request, response) -> notFound(documentId))
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw new IllegalStateException("The document service answered " + response.getStatusCode()
                            + " for a document's content");
                })
                .body(byte[].class);
    }

    private RestClient client() {
        return clients.forService("document");
    }

    private static boolean actingAs(UUID userId) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller instanceof JwtAuthenticationToken jwt && userId.toString().equals(jwt.getToken().getSubject());
    }

    private static void notFound(UUID documentId) {
        throw new NotFoundException("There is no document " + documentId + " of yours.");
    }
}
