package com.qh.document.library;

import com.qh.document.library.Views.CreatedShare;
import com.qh.document.library.Views.ShareView;
import com.qh.platform.web.NotFoundException;
import com.qh.platform.web.QhException;
import com.qh.platform.web.UnprocessableException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Share links: a token of 32 random bytes (base64url) that lets anyone holding it download the document's current
 * version, optionally until a time and with a password. Only the token's SHA-256 is stored, and the password as
 * a PBKDF2 hash. A revoked link is unknown (404); an expired one is gone (410).
 */
@Service
class ShareLinks {

    static final String PUBLIC_PATH = "/api/v1/documents/shared/";

    private final SecureRandom random = new SecureRandom();
    private final PasswordEncoder passwords = Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    private final Documents documents;
    private final ShareRows shares;
    private final Clock clock;

    ShareLinks(Documents documents, Clock clock) {
        this.documents = documents;
        this.shares = documents.shares();
        this.clock = clock;
    }

    @Transactional
    CreatedShare create(UUID ownerId, UUID documentId, Instant expiresAt, String password) {
        Document document = documents.owned(ownerId, documentId);
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new UnprocessableException("expiry-in-the-past", "A share link must expire in the future.",
                    List.of(new com.qh.platform.web.FieldViolation("expiresAt", "must be in the future")));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Share share = shares.save(new Share(document, hash(token),
                password == null || password.isEmpty() ? null : passwords.encode(password), expiresAt, now));
        return new CreatedShare(share.id(), token, PUBLIC_PATH + token, expiresAt, share.passwordHash() != null);
    }

    @Transactional(readOnly = true)
    List<ShareView> list(UUID ownerId, UUID documentId) {
        documents.owned(ownerId, documentId);
        return shares.findByDocumentIdOrderByCreatedAtDesc(documentId).stream().map(ShareView::of).toList();
    }

    @Transactional
    void revoke(UUID ownerId, UUID documentId, UUID shareId) {
        documents.owned(ownerId, documentId);
        Share share = shares.findByIdAndDocumentId(shareId, documentId)
                .orElseThrow(() -> new NotFoundException("Document " + documentId + " has no share link "
                        + shareId + "."));
        share.revoke(clock.instant());
    }

    /**
     * The version a token gives access to, after checking the link.
     *
     * @throws NotFoundException for an unknown or revoked token
     * @throws QhException 410 when expired, 401 when the password is missing or wrong
     */
    @Transactional(readOnly = true)
    DocumentVersion open(String token, String password) {
        Share share = shares.findByTokenHash(hash(token)).filter(found -> !found.revoked())
                .orElseThrow(() -> new NotFoundException("This share link does not exist or was revoked."));
        if (share.expired(clock.instant())) {
            throw new QhException(HttpStatus.GONE, "share-expired", "Share link expired",
                    "This share link expired at " + share.expiresAt() + ".");
        }
        if (share.passwordHash() != null) {
            if (password == null || password.isEmpty()) {
                throw new QhException(HttpStatus.UNAUTHORIZED, "share-password-required", "Password required",
                        "This share link needs a password: send it in the X-Share-Password header.");
            }
            if (!passwords.matches(password, share.passwordHash())) {
                throw new QhException(HttpStatus.FORBIDDEN, "share-password-wrong", "Wrong password",
                        "The password for this share link is wrong.");
            }
        }
        return documents.currentVersion(share.documentId());
    }

    /** Counts one download through the link. */
    @Transactional
    void counted(String token) {
        shares.count(hash(token));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
