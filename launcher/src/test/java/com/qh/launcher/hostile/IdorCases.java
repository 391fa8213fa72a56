package com.qh.launcher.hostile;

import static com.qh.launcher.hostile.Expect.accepted;
import static com.qh.launcher.hostile.Expect.noVictimData;
import static com.qh.launcher.hostile.Expect.notFound;
import static com.qh.launcher.hostile.Expect.status;

import com.qh.launcher.Payloads;
import java.util.List;

/**
 * Bob, signed in, reaches for Alice's things by their ids: profile entries, vacancies and their tracker, documents,
 * versions and share links, notifications, push subscriptions and preferences, analysis jobs, matches and resume
 * parses. Each must be a 404 (or, for his own lists, his own data), never hers.
 */
final class IdorCases {

    private IdorCases() {
    }

    static List<HostileCase> cases() {
        return List.of(
                c("profile", "reads another user's profile entry",
                        s -> s.get("/api/v1/profile/skills/" + s.aliceSkill, s.bob.accessToken()), notFound()),
                c("profile", "reads another user's entry under another section",
                        s -> s.get("/api/v1/profile/experience/" + s.aliceSkill, s.bob.accessToken()), notFound()),
                c("profile", "replaces another user's profile entry",
                        s -> s.send(s.platform.json("PUT", "/api/v1/profile/skills/" + s.aliceSkill,
                                "{\"name\":\"owned\"}", s.bob.accessToken()).header("If-Match", "\"v0\"")),
                        notFound()),
                c("profile", "deletes another user's profile entry",
                        s -> s.send(s.platform.request("DELETE", "/api/v1/profile/skills/" + s.aliceSkill,
                                s.bob.accessToken()).header("If-Match", "\"v0\"")), notFound()),
                c("profile", "own profile shows nothing of another user's",
                        s -> s.get("/api/v1/profile", s.bob.accessToken()), accepted().and(noVictimData())),
                c("profile", "own export shows nothing of another user's",
                        s -> s.get("/api/v1/profile/export?format=json-resume&language=en", s.bob.accessToken()),
                        accepted().and(noVictimData())),
                c("profile", "own personal section shows nothing of another user's",
                        s -> s.get("/api/v1/profile/personal", s.bob.accessToken()), accepted().and(noVictimData())),
                c("profile", "a userId query parameter does not switch profiles",
                        s -> s.get("/api/v1/profile?userId=" + s.alice.id() + "&user=" + s.alice.id(),
                                s.bob.accessToken()), accepted().and(noVictimData())),
                c("vacancy", "reads another user's vacancy",
                        s -> s.get("/api/v1/vacancies/" + s.aliceVacancy, s.bob.accessToken()), notFound()),
                c("vacancy", "replaces another user's vacancy",
                        s -> s.json("PUT", "/api/v1/vacancies/" + s.aliceVacancy, "{\"title\":\"owned\"}",
                                s.bob.accessToken()), notFound()),
                c("vacancy", "deletes another user's vacancy",
                        s -> s.call("DELETE", "/api/v1/vacancies/" + s.aliceVacancy, s.bob.accessToken()),
                        notFound()),
                c("vacancy", "moves another user's application in the tracker",
                        s -> s.json("POST", "/api/v1/vacancies/" + s.aliceVacancy + "/tracker",
                                "{\"status\":\"REJECTED\",\"note\":\"x\"}", s.bob.accessToken()), notFound()),
                c("vacancy", "searching by another user's words finds none of hers",
                        s -> s.get("/api/v1/vacancies?q=" + s.marker, s.bob.accessToken()),
                        accepted().and(noVictimData())),
                c("vacancy", "filtering by tracker status finds none of hers",
                        s -> s.get("/api/v1/vacancies?status=APPLIED", s.bob.accessToken()),
                        accepted().and(noVictimData())),
                c("document", "reads another user's document",
                        s -> s.get("/api/v1/documents/" + s.aliceDocument, s.bob.accessToken()), notFound()),
                c("document", "downloads another user's document",
                        s -> s.get("/api/v1/documents/" + s.aliceDocument + "/content", s.bob.accessToken()),
                        notFound()),
                c("document", "lists another user's versions",
                        s -> s.get("/api/v1/documents/" + s.aliceDocument + "/versions", s.bob.accessToken()),
                        notFound()),
                c("document", "downloads another user's version",
                        s -> s.get("/api/v1/documents/" + s.aliceDocument + "/versions/1/content",
                                s.bob.accessToken()), notFound()),
                c("document", "restores another user's version",
                        s -> s.call("POST", "/api/v1/documents/" + s.aliceDocument + "/versions/1/restore",
                                s.bob.accessToken()), notFound()),
                c("document", "adds a version to another user's document",
                        s -> s.upload(s.bob.accessToken(), "/api/v1/documents/" + s.aliceDocument + "/versions",
                                "mine.pdf", "application/pdf", Payloads.pdf("bob's")), notFound()),
                c("document", "deletes another user's document",
                        s -> s.call("DELETE", "/api/v1/documents/" + s.aliceDocument, s.bob.accessToken()),
                        notFound()),
                c("document", "lists another user's share links",
                        s -> s.get("/api/v1/documents/" + s.aliceDocument + "/shares", s.bob.accessToken()),
                        notFound()),
                c("document", "shares another user's document",
                        s -> s.json("POST", "/api/v1/documents/" + s.aliceDocument + "/shares", "{}",
                                s.bob.accessToken()), notFound()),
                c("document", "revokes another user's share link",
                        s -> s.call("DELETE", "/api/v1/documents/" + s.aliceDocument + "/shares/" + s.aliceShare,
                                s.bob.accessToken()), notFound()),
                c("document", "revokes another user's share link through his own document",
                        s -> s.call("DELETE", "/api/v1/documents/" + s.bobDocument + "/shares/" + s.aliceShare,
                                s.bob.accessToken()), notFound()),
                c("document", "own list shows nothing of another user's",
                        s -> s.get("/api/v1/documents", s.bob.accessToken()), accepted().and(noVictimData())),
                c("document", "a password-protected share link without the password",
                        s -> s.get("/api/v1/documents/shared/" + s.aliceShareToken, null),
                        status(401, 403).and(Expect.noVictimContent())),
                c("document", "a password-protected share link with a wrong password",
                        s -> s.send(s.platform.request("GET", "/api/v1/documents/shared/" + s.aliceShareToken, null)
                                .header("X-Share-Password", "open sesame 2025")), status(401, 403)
                                .and(Expect.noVictimContent())),
                c("document", "a revoked share link",
                        s -> s.get("/api/v1/documents/shared/" + s.revokedShareToken, null), notFound()),
                c("document", "a share link token guessed from the id",
                        s -> s.get("/api/v1/documents/shared/" + s.aliceShare, null), notFound()),
                c("notification", "marks another user's notification read",
                        s -> s.call("POST", "/api/v1/notifications/" + s.aliceNotification + "/read",
                                s.bob.accessToken()), notFound()),
                c("notification", "own inbox shows nothing of another user's",
                        s -> s.get("/api/v1/notifications?limit=200", s.bob.accessToken()),
                        accepted().and(noVictimData())),
                c("notification", "removes another user's push subscription",
                        s -> s.call("DELETE", "/api/v1/notifications/push/subscriptions/" + s.alicePushSubscription,
                                s.bob.accessToken()), notFound()),
                c("notification", "own push subscriptions show nothing of another user's",
                        s -> s.get("/api/v1/notifications/push/subscriptions", s.bob.accessToken()),
                        accepted().and(noVictimData())),
                c("notification", "own preferences show nothing of another user's",
                        s -> s.get("/api/v1/notifications/preferences", s.bob.accessToken()),
                        accepted().and(noVictimData())),
                c("notification", "a preference change naming another user changes only his own",
                        s -> s.json("PUT", "/api/v1/notifications/preferences?userId=" + s.alice.id(), """
                                {"userId":"%s","preferences":[{"category":"security","channel":"EMAIL","enabled":false}]}"""
                                .formatted(s.alice.id()), s.bob.accessToken()), Expect.handled().and(noVictimData())),
                c("analysis", "reads another user's analysis job",
                        s -> s.get("/api/v1/analysis/jobs/" + s.aliceJob, s.bob.accessToken()), notFound()),
                c("analysis", "own analysis jobs show nothing of another user's",
                        s -> s.get("/api/v1/analysis/jobs?limit=100", s.bob.accessToken()),
                        accepted().and(noVictimData()).and(Expect.that((answer, scene) -> org.assertj.core.api.Assertions
                                .assertThat(answer.body()).as("her job id").doesNotContain(scene.aliceJob)))),
                c("analysis", "queues a review of another user's document",
                        s -> s.json("POST", "/api/v1/analysis/jobs", "{\"type\":\"RESUME_REVIEW\",\"documentId\":\""
                                + s.aliceDocument + "\"}", s.bob.accessToken()), notFound()),
                c("analysis", "queues a match against another user's vacancy",
                        s -> s.json("POST", "/api/v1/analysis/jobs", "{\"type\":\"MATCH\",\"vacancyId\":\""
                                + s.aliceVacancy + "\",\"documentId\":\"" + s.bobDocument + "\"}",
                                s.bob.accessToken()), notFound()),
                c("analysis", "matches his resume against another user's vacancy",
                        s -> s.json("POST", "/api/v1/analysis/match", "{\"vacancyId\":\"" + s.aliceVacancy
                                + "\",\"documentId\":\"" + s.bobDocument + "\"}", s.bob.accessToken()), notFound()),
                c("analysis", "matches another user's resume against his vacancy",
                        s -> s.json("POST", "/api/v1/analysis/match", "{\"vacancyId\":\"" + s.bobVacancy
                                + "\",\"documentId\":\"" + s.aliceDocument + "\"}", s.bob.accessToken()), notFound()),
                c("analysis", "parses another user's document",
                        s -> s.json("POST", "/api/v1/analysis/resumes/parse", "{\"documentId\":\"" + s.aliceDocument
                                + "\"}", s.bob.accessToken()), notFound()),
                c("analysis", "checks another user's document for ATS",
                        s -> s.json("POST", "/api/v1/analysis/ats", "{\"documentId\":\"" + s.aliceDocument + "\"}",
                                s.bob.accessToken()), notFound()),
                c("analysis", "past matches filtered by another user's vacancy show nothing of hers",
                        s -> s.get("/api/v1/analysis/matches?vacancyId=" + s.aliceVacancy, s.bob.accessToken()),
                        accepted().and(noVictimData())),
                c("auth", "reads another user's account through the admin API",
                        s -> s.get("/api/v1/auth/admin/users/" + s.alice.id(), s.bob.accessToken()),
                        status(403).and(noVictimData())),
                c("auth", "/me shows only the caller even with another user's id",
                        s -> s.get("/api/v1/auth/me?id=" + s.alice.id(), s.bob.accessToken()),
                        accepted().and(noVictimData())));
    }

    private static HostileCase c(String area, String name, java.util.function.Function<Scene,
            com.qh.launcher.RunningPlatform.Answer> probe, Expect expect) {
        return new HostileCase(area, "IDOR: " + name, probe, expect);
    }
}
