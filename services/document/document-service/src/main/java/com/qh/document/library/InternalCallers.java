package com.qh.document.library;

import com.qh.document.DocumentProperties;
import com.qh.platform.web.QhException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * The services that may store and read files for users through the internal API ({@code qh.document.internal.allowed-callers}).
 * A service token proves which service calls (its subject is {@code service:<name>}) and, through its audience,
 * that auth issued it for this service; but any service can get such a token, and the internal API acts for any
 * user, so only the services that generate documents are let in.
 */
@Component
class InternalCallers {

    private static final String SERVICE_PREFIX = "service:";

    private final Set<String> allowed;

    InternalCallers(DocumentProperties properties) {
        this.allowed = Set.copyOf(properties.internal().allowedCallers());
    }

    /** @throws QhException 403 {@code service-not-allowed} for a token of any other service */
    void check(Jwt token) {
        String subject = token == null ? null : token.getSubject();
        String service = subject != null && subject.startsWith(SERVICE_PREFIX)
                ? subject.substring(SERVICE_PREFIX.length()) : null;
        if (service == null || !allowed.contains(service)) {
            throw new QhException(HttpStatus.FORBIDDEN, "service-not-allowed", "Forbidden",
                    "This service may not store or read documents for users: the document service lets in only the "
                            + "services named in qh.document.internal.allowed-callers.");
        }
    }
}
