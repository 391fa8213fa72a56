package com.qh.launcher.hostile;

import static org.awaitility.Awaitility.await;

import com.qh.launcher.Payloads;
import com.qh.launcher.RunningPlatform;
import com.qh.launcher.RunningPlatform.Answer;
import com.qh.launcher.RunningPlatform.User;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Who and what the hostile cases act on, made once through the gateway: a victim (Alice) who owns one of every kind
 * of resource, each carrying a unique marker; an attacker (Bob) with resources of his own; a user whose stored texts
 * carry markup (Mallory); the bootstrap admin; and the tokens of a disabled and of a signed-out user.
 */
final class Scene {

    /** Every request of the suite gives up after this long: a case that takes longer is a hang. */
    static final Duration TIMEOUT = Duration.ofSeconds(15);
    static final String SHARE_PASSWORD = "open sesame 2026";

    final RunningPlatform platform;
    final String marker = "ALICESECRET" + UUID.randomUUID().toString().substring(0, 8);
    final User alice;
    final User bob;
    final User mallory;
    final User admin;
    final String disabledToken;
    final String signedOutToken;
    final String signedOutRefreshToken;
    final Forgery forgery;

    final String aliceSkill;
    final String aliceVacancy;
    final String aliceDocument;
    final String aliceShare;
    final String aliceShareToken;
    final String revokedShareToken;
    final String aliceNotification;
    final String alicePushSubscription;
    final String bobDocument;
    final String bobVacancy;
    final String aliceJob;
    final String alicePhone = "+79161234567";

    Scene(RunningPlatform platform) throws Exception {
        this.platform = platform;
        alice = platform.signUp();
        bob = platform.signUp();
        mallory = platform.signUp();
        admin = platform.signInAsAdmin();

        User carol = platform.signUp();
        expect(send(platform.request("POST", "/api/v1/auth/admin/users/" + carol.id() + "/disable",
                admin.accessToken())), 200, 204);
        disabledToken = carol.accessToken();
        User dave = platform.signUp();
        expect(send(platform.json("POST", "/api/v1/auth/logout", "{\"refreshToken\":\"%s\"}"
                .formatted(dave.refreshToken()), dave.accessToken())), 204);
        signedOutToken = dave.accessToken();
        signedOutRefreshToken = dave.refreshToken();

        Answer skill = expect(send(platform.json("POST", "/api/v1/profile/skills",
                "{\"name\":\"" + marker + " skill\"}", alice.accessToken()).header("If-Match", "\"v0\"")), 201);
        aliceSkill = skill.json().get("id").asString();
        expect(send(platform.json("PUT", "/api/v1/profile/personal", """
                {"firstName":{"en":"%s"},"lastName":{"en":"Victim"},"contacts":{"email":"%s","phone":"%s"}}"""
                .formatted(marker, alice.email(), alicePhone), alice.accessToken())
                .header("If-Match", skill.headers().firstValue("ETag").orElseThrow())), 200);

        aliceVacancy = vacancy(alice);
        expect(send(platform.json("POST", "/api/v1/vacancies/" + aliceVacancy + "/tracker",
                "{\"status\":\"APPLIED\",\"note\":\"" + marker + " note\"}", alice.accessToken())), 200);
        bobVacancy = vacancy(bob);

        aliceDocument = expect(upload(alice.accessToken(), "/api/v1/documents?kind=RESUME_UPLOAD", marker + ".pdf",
                "application/pdf", Payloads.pdf(marker)), 201).json().get("id").asString();
        expect(upload(alice.accessToken(), "/api/v1/documents/" + aliceDocument + "/versions", marker + ".pdf",
                "application/pdf", Payloads.pdf(marker + " v2")), 201);
        Answer share = expect(send(platform.json("POST", "/api/v1/documents/" + aliceDocument + "/shares",
                "{\"password\":\"" + SHARE_PASSWORD + "\"}", alice.accessToken())), 201);
        aliceShare = share.json().get("id").asString();
        aliceShareToken = share.json().get("token").asString();
        Answer revoked = expect(send(platform.json("POST", "/api/v1/documents/" + aliceDocument + "/shares", "{}",
                alice.accessToken())), 201);
        revokedShareToken = revoked.json().get("token").asString();
        expect(send(platform.request("DELETE", "/api/v1/documents/" + aliceDocument + "/shares/"
                + revoked.json().get("id").asString(), alice.accessToken())), 204);
        bobDocument = expect(upload(bob.accessToken(), "/api/v1/documents?kind=RESUME_UPLOAD", "bob.pdf",
                "application/pdf", Payloads.pdf("bob")), 201).json().get("id").asString();

        aliceJob = analysisJob();

        expect(send(platform.json("PUT", "/api/v1/notifications/phone", "{\"phone\":\"" + alicePhone + "\"}",
                alice.accessToken())), 200);
        alicePushSubscription = expect(send(platform.json("POST", "/api/v1/notifications/push/subscriptions", """
                {"endpoint":"https://8.8.8.8/push/%s","keys":{"p256dh":"BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM","auth":"tBHItJI5svbpez7KI4CCXg"}}"""
                .formatted(marker), alice.accessToken())), 200, 201).json().get("id").asString();
        send(platform.json("POST", "/api/v1/auth/password/forgot", "{\"email\":\"" + alice.email() + "\"}", null));
        aliceNotification = await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode inbox = send(platform.request("GET", "/api/v1/notifications", alice.accessToken())).json();
            return inbox != null && inbox.size() > 0 ? inbox.get(0).get("id").asString() : null;
        }, id -> id != null);

        forgery = Forgery.prepare(platform);
    }

    /** What the victim stored: her marker (in every text of hers), e-mail and phone. */
    List<String> victimContent() {
        return List.of(marker, alice.email(), "9161234567");
    }

    /** What must never reach the attacker: the victim's marker, e-mail, phone, ids and share token. */
    List<String> victimSecrets() {
        return List.of(marker, alice.email(), aliceShareToken, aliceNotification, alicePushSubscription,
                "9161234567");
    }

    URI gateway() {
        return URI.create(platform.platform().gatewayUrl());
    }

    /** Sends with the suite's deadline. */
    Answer send(HttpRequest.Builder request) {
        return platform.send(request.timeout(TIMEOUT));
    }

    Answer get(String path, String token) {
        return send(platform.request("GET", path, token));
    }

    Answer call(String method, String path, String token) {
        return send(platform.request(method, path, token));
    }

    Answer json(String method, String path, String body, String token) {
        return send(platform.json(method, path, body, token));
    }

    /** A body of raw bytes with the given content type. */
    Answer bytes(String method, String path, String contentType, byte[] body, String token) {
        return send(platform.request(method, path, token).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A multipart upload of one file part called {@code file}. */
    Answer upload(String token, String path, String fileName, String contentType, byte[] content) {
        return send(platform.upload(path, fileName, contentType, content, token));
    }

    /** A multipart upload of one part with the given part headers. */
    Answer multipart(String token, String path, String partHeaders, byte[] content) {
        return send(platform.multipart(path, partHeaders, content, token));
    }

    /** A hand-written request over a socket (see {@link Raw}). */
    Answer raw(String head) {
        return Raw.send(gateway(), head);
    }

    /** The request line and Host header of a raw request to {@code path}. */
    String head(String method, String path) {
        return method + " " + path + " HTTP/1.1\r\nHost: " + gateway().getAuthority();
    }

    private String vacancy(User owner) {
        return expect(send(platform.json("POST", "/api/v1/vacancies", """
                {"title":"%s vacancy","company":"%s company","description":"Java developer, Kafka"}"""
                .formatted(owner == alice ? marker : "bob", owner == alice ? marker : "bob"), owner.accessToken())),
                201).json().get("id").asString();
    }

    /** A review of Alice's resume: queued here, or the one her upload started by itself. */
    private String analysisJob() {
        Answer queued = send(platform.json("POST", "/api/v1/analysis/jobs",
                "{\"type\":\"RESUME_REVIEW\",\"documentId\":\"" + aliceDocument + "\"}", alice.accessToken()));
        if (queued.status() == 202) {
            return queued.json().get("id").asString();
        }
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode jobs = send(platform.request("GET", "/api/v1/analysis/jobs", alice.accessToken())).json();
            return jobs != null && jobs.size() > 0 ? jobs.get(0).get("id").asString() : null;
        }, id -> id != null);
    }

    private static Answer expect(Answer answer, int... statuses) {
        for (int status : statuses) {
            if (answer.status() == status) {
                return answer;
            }
        }
        throw new IllegalStateException("Setting the scene failed: " + answer);
    }
}
