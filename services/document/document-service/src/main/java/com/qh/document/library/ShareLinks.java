package com.qh.document.library;

import com.qh.document.DocumentProperties;
import com.qh.document.library.Views.CreatedShare;
import com.qh.document.library.Views.ShareView;
import com.qh.platform.web.NotFoundException;
import com.qh.platform.web.QhException;
import com.qh.platform.web.TooManyRequestsException;
import com.qh.platform.web.UnprocessableException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Share links: a token of 32 random bytes (base64url) that lets anyone holding it download the document's current
 * version, optionally until a time and with a password. Only the token's SHA-256 is stored, and the password as
 * a hash ({@link SharePasswords}). A revoked link is unknown (404); an expired one is gone (410).
 *
 * <p>Wrong passwords are counted per link, in the database, so that guessing is slow however many addresses it
 * comes from: from the fifth one on the link refuses every password for a minute, doubling with each further wrong
 * one up to an hour ({@code qh.document.shares.*}), and the right password starts the count again. An attempt is
 * counted before its hash is computed, under the link's row lock, so a locked link costs no hashing and guesses
 * arriving together cannot slip past the limit; the row lock is never held while hashing.
 */
@Service
class ShareLinks {

    static final String PUBLIC_PATH = "/api/v1/documents/shared/";

    private final SecureRandom random = new SecureRandom();
    private final SharePasswords passwords;
    private final Documents documents;
    private final ShareRows shares;
    private final TransactionTemplate transactions;
    private final DocumentProperties.Shares policy;
    private final Clock clock;

    ShareLinks(Documents documents, SharePasswords passwords, TransactionTemplate transactions,
            DocumentProperties properties, Clock clock) {
        this.documents = documents;
        this.passwords = passwords;
        this.shares = documents.shares();
        this.transactions = transactions;
        this.policy = properties.shares();
        this.clock = clock;
    }

    /** Makes a link; the password (8 characters or more, checked by the request) is hashed before the transaction. */
    CreatedShare create(UUID ownerId, UUID documentId, Instant expiresAt, String password) {
        documents.owned(ownerId, documentId);
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new UnprocessableException("expiry-in-the-past", "A share link must expire in the future.",
                    List.of(new com.qh.platform.web.FieldViolation("expiresAt", "must be in the future")));
        }
        String passwordHash = password == null || password.isEmpty() ? null : passwords.hash(password);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Share share = transactions.execute(status -> shares.save(new Share(documents.owned(ownerId, documentId),
                hash(token), passwordHash, expiresAt, now)));
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
     * The version a token gives access to, after checking the link and its password.
     *
     * @throws NotFoundException for an unknown or revoked token
     * @throws QhException 410 when expired, 401 when the password is missing, 403 when it is wrong, 429 while the
     *         link is locked after wrong passwords
     */
    DocumentVersion open(String token, String password) {
        Share share = shares.findByTokenHash(hash(token)).filter(found -> !found.revoked())
                .orElseThrow(ShareLinks::unknown);
        if (share.expired(clock.instant())) {
            throw new QhException(HttpStatus.GONE, "share-expired", "Share link expired",
                    "This share link expired at " + share.expiresAt() + ".");
        }
        if (share.passwordHash() != null) {
            if (password == null || password.isEmpty()) {
                throw new QhException(HttpStatus.UNAUTHORIZED, "share-password-required", "Password required",
                        "This share link needs a password: send it in the X-Share-Password header.");
            }
            checkPassword(share.id(), password);
        }
        return documents.currentVersion(share.documentId());
    }

    private void checkPassword(UUID shareId, String password) {
        String hash = transactions.execute(status -> {
            Share locked = shares.findForUpdate(shareId).filter(found -> !found.revoked())
                    .orElseThrow(ShareLinks::unknown);
            Instant now = clock.instant();
            Duration wait = locked.lockRemaining(now);
            if (wait != null) {
                throw lockedOut(wait);
            }
            locked.attempted(now, policy);
            return locked.passwordHash();
        });
        if (!passwords.matches(password, hash)) {
            throw new QhException(HttpStatus.FORBIDDEN, "share-password-wrong", "Wrong password",
                    "The password for this share link is wrong. After " + policy.maxFailedAttempts()
                            + " wrong passwords in a row the link refuses every password for a while.");
        }
        String upgraded = passwords.outdated(hash) ? passwords.hash(password) : null;
        transactions.executeWithoutResult(status -> shares.findForUpdate(shareId).ifPresent(right -> {
            right.passwordAccepted();
            if (upgraded != null) {
                right.rehashed(hash, upgraded);
            }
        }));
    }

    private static TooManyRequestsException lockedOut(Duration wait) {
        // Whole seconds, rounded up: Retry-After must not invite an attempt that is still refused.
        Duration retryAfter = Duration.ofSeconds(wait.toSeconds() + (wait.getNano() > 0 ? 1 : 0));
        return new TooManyRequestsException("share-locked", "Too many wrong passwords for this share link: it "
                + "refuses every password for " + retryAfter.toSeconds() + " more seconds.", retryAfter);
    }

    private static NotFoundException unknown() {
        return new NotFoundException("This share link does not exist or was revoked.");
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
