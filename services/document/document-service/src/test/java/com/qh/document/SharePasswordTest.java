package com.qh.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.TestUsers;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * Share-link passwords against guessing: at least 8 characters, only in a header, wrong guesses counted per link
 * with a doubling lock that is checked before any hash is computed, and old links still opening.
 */
@PlainStoreContext
class SharePasswordTest {

    private static final String PASSWORD = "correct horse";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    ApiClient owner;
    ApiClient anyone;
    String documentId;

    @BeforeEach
    void uploadADocument() {
        owner = ApiClient.on(port).as(TestUsers.user(UUID.randomUUID()));
        anyone = ApiClient.on(port);
        documentId = owner.upload("/api/v1/documents", "cv.pdf", "application/octet-stream",
                Fixtures.pdf("shared " + UUID.randomUUID()),
                Map.of("kind", "RESUME_UPLOAD")).json().get("id").asString();
    }

    @Test
    void refusesASharePasswordShorterThanEightCharacters() {
        Reply tooShort = owner.post("/api/v1/documents/" + documentId + "/shares", Map.of("password", "1234567"));
        Reply eight = owner.post("/api/v1/documents/" + documentId + "/shares", Map.of("password", "12345678"));
        Reply empty = owner.post("/api/v1/documents/" + documentId + "/shares", Map.of("password", ""));

        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.problemType()).isEqualTo("validation");
        assertThat(tooShort.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(tooShort.json().get("errors").get(0).get("message").asString()).contains("8");
        assertThat(eight.status()).isEqualTo(201);
        assertThat(eight.json().get("passwordProtected").asBoolean()).isTrue();
        assertThat(empty.status()).as("an empty password still means none").isEqualTo(201);
        assertThat(empty.json().get("passwordProtected").asBoolean()).isFalse();
        assertThat(owner.get("/api/v1/documents/" + documentId + "/shares").json()).hasSize(2);
    }

    @Test
    void refusesThePasswordInTheAddressAndPointsToTheHeader() {
        String link = share(PASSWORD);

        Reply inQuery = anyone.get(link + "?password=" + PASSWORD.replace(" ", "+"));
        Reply alongTheHeader = anyone.header("X-Share-Password", PASSWORD).get(link + "?password=x");
        Reply unknownLink = anyone.get("/api/v1/documents/shared/no-such-token?password=x");

        assertThat(inQuery.status()).isEqualTo(400);
        assertThat(inQuery.problemType()).isEqualTo("share-password-in-query");
        assertThat(inQuery.json().get("detail").asString()).contains("X-Share-Password");
        assertThat(alongTheHeader.status()).isEqualTo(400);
        assertThat(unknownLink.status()).isEqualTo(400);
        assertThat(owner.get("/api/v1/documents/" + documentId + "/shares").json().get(0).get("downloadCount")
                .asLong()).isZero();
        assertThat(anyone.header("X-Share-Password", PASSWORD).get(link).status()).isEqualTo(200);
    }

    @Test
    void locksALinkAfterFiveWrongGuessesWithoutHashingWhileLocked() {
        String link = share(PASSWORD);
        String otherLink = share(PASSWORD);

        List<Integer> guesses = IntStream.range(0, 5)
                .mapToObj(i -> anyone.header("X-Share-Password", "wrong guess " + i).get(link).status()).toList();
        double hashedBefore = passwordChecks();
        Reply locked = anyone.header("X-Share-Password", "wrong guess 6").get(link);
        Reply rightButLocked = anyone.header("X-Share-Password", PASSWORD).get(link);
        List<Integer> more = IntStream.range(0, 20)
                .mapToObj(i -> anyone.header("X-Share-Password", "more " + i).get(link).status()).toList();

        assertThat(guesses).containsOnly(403);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.problemType()).isEqualTo("share-locked");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(50L, 60L);
        assertThat(rightButLocked.status()).isEqualTo(429);
        assertThat(more).containsOnly(429);
        assertThat(passwordChecks()).as("no hash is computed for a locked link").isEqualTo(hashedBefore);
        assertThat(anyone.header("X-Share-Password", PASSWORD).get(otherLink).status())
                .as("the lock is the link's own").isEqualTo(200);
        assertThat(anyone.get(link).status()).as("no password: nothing to count").isEqualTo(401);
    }

    @Test
    void doublesTheLockForEachWrongGuessAfterOne() {
        String link = share(PASSWORD);
        IntStream.range(0, 5).forEach(i -> anyone.header("X-Share-Password", "wrong guess " + i).get(link));

        lockEnds(link);
        Reply sixth = anyone.header("X-Share-Password", "wrong guess 6").get(link);
        Reply afterSixth = anyone.header("X-Share-Password", PASSWORD).get(link);
        lockEnds(link);
        anyone.header("X-Share-Password", "wrong guess 7").get(link);
        Reply afterSeventh = anyone.header("X-Share-Password", PASSWORD).get(link);

        assertThat(sixth.status()).isEqualTo(403);
        assertThat(afterSixth.status()).isEqualTo(429);
        assertThat(Long.parseLong(afterSixth.header("Retry-After"))).isBetween(110L, 120L);
        assertThat(afterSeventh.status()).isEqualTo(429);
        assertThat(Long.parseLong(afterSeventh.header("Retry-After"))).isBetween(230L, 240L);
    }

    @Test
    void startsCountingAgainAfterTheRightPassword() {
        String link = share(PASSWORD);
        IntStream.range(0, 4).forEach(i -> anyone.header("X-Share-Password", "wrong guess " + i).get(link));

        Reply right = anyone.header("X-Share-Password", PASSWORD).get(link);
        List<Integer> fourMore = IntStream.range(0, 4)
                .mapToObj(i -> anyone.header("X-Share-Password", "again " + i).get(link).status()).toList();

        assertThat(right.status()).isEqualTo(200);
        assertThat(fourMore).containsOnly(403);
        assertThat(failedAttempts(link)).isEqualTo(4);
    }

    @Test
    void letsNoMoreThanFiveGuessesThroughWhenTheyArriveAtOnce() throws Exception {
        String link = share(PASSWORD);
        double hashedBefore = passwordChecks();

        List<Callable<Integer>> guesses = IntStream.range(0, 24).<Callable<Integer>>mapToObj(i -> () -> anyone
                .header("X-Share-Password", "parallel guess " + i).get(link).status()).toList();
        List<Integer> statuses;
        try (ExecutorService threads = Executors.newFixedThreadPool(12)) {
            statuses = threads.invokeAll(guesses).stream().map(SharePasswordTest::get).toList();
        }

        assertThat(statuses).filteredOn(status -> status == 403).hasSize(5);
        assertThat(statuses).filteredOn(status -> status == 429).hasSize(19);
        assertThat(passwordChecks() - hashedBefore).isEqualTo(5);
    }

    @Test
    void hashesNewPasswordsWithArgon2idAndStillOpensLinksWithOldPbkdf2Hashes() {
        String link = share(PASSWORD);
        String token = "old-link-" + UUID.randomUUID();
        String pbkdf2 = Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("old password");
        UUID shareId = UUID.randomUUID();
        jdbc.update("insert into document_share (id, document_id, owner_id, token_hash, password_hash, "
                + "download_count, created_at) select ?, id, owner_id, ?, ?, 0, now() from document where id = ?::uuid",
                shareId, sha256(token), pbkdf2, documentId);

        Reply oldLink = anyone.header("X-Share-Password", "old password").get("/api/v1/documents/shared/" + token);

        assertThat(passwordHashOf(link)).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(oldLink.status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select password_hash from document_share where id = ?", String.class,
                shareId)).as("rehashed on first use").startsWith("{argon2}$argon2id$");
        assertThat(anyone.header("X-Share-Password", "old password").get("/api/v1/documents/shared/" + token)
                .status()).isEqualTo(200);
        assertThat(anyone.header("X-Share-Password", "old passwort").get("/api/v1/documents/shared/" + token)
                .status()).isEqualTo(403);
    }

    private String share(String password) {
        Reply created = owner.post("/api/v1/documents/" + documentId + "/shares", Map.of("password", password));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("path").asString();
    }

    private void lockEnds(String link) {
        jdbc.update("update document_share set locked_until = ? where token_hash = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), sha256(tokenOf(link)));
    }

    private int failedAttempts(String link) {
        return jdbc.queryForObject("select failed_attempts from document_share where token_hash = ?", Integer.class,
                sha256(tokenOf(link)));
    }

    private String passwordHashOf(String link) {
        return jdbc.queryForObject("select password_hash from document_share where token_hash = ?", String.class,
                sha256(tokenOf(link)));
    }

    private double passwordChecks() {
        var counter = meters.find("qh.document.share.password.checks").counter();
        return counter == null ? 0 : counter.count();
    }

    private static String tokenOf(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
