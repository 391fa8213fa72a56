package com.qh.launcher.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.qh.launcher.hostile.Expect.status;

import com.nimbusds.jwt.JWTClaimsSet;
import com.qh.launcher.RunningPlatform.Answer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Tokens that must not be accepted by any service: unsigned, algorithm confusion, another key, claims that are
 * wrong although auth's own key signed them, and the tokens of a disabled and of a signed-out user. Each against one
 * read of every service; the answer is a 401 problem and nothing of the user's.
 */
final class TokenCases {

    /** One read per service that any signed-in user may make. */
    private static final Map<String, String> EVERY_SERVICE = new java.util.TreeMap<>(Map.of("auth", "/api/v1/auth/me", "profile",
            "/api/v1/profile", "vacancy", "/api/v1/vacancies", "document", "/api/v1/documents", "notification",
            "/api/v1/notifications", "analysis", "/api/v1/analysis/jobs"));

    private TokenCases() {
    }

    private interface Token {
        String of(Scene scene) throws Exception;
    }

    static List<HostileCase> cases() {
        Map<String, Token> tokens = new java.util.LinkedHashMap<>();
        tokens.put("alg none", s -> s.forgery.unsigned(Forgery.claims(s.alice, List.of("USER")).build()));
        tokens.put("alg none with roles ADMIN", s -> s.forgery.unsigned(Forgery.claims(s.alice, List.of("USER",
                "ADMIN")).build()));
        tokens.put("alg None spelled oddly", s -> s.forgery.unsigned(Forgery.claims(s.alice, List.of("USER")).build())
                .replaceFirst("^[^.]+", com.nimbusds.jose.util.Base64URL.encode("{\"alg\":\"nOnE\"}").toString()));
        tokens.put("HS256 signed with the public key's PEM",
                s -> s.forgery.hmacWithPublicKey(Forgery.claims(s.alice, List.of("USER")).build(), true));
        tokens.put("HS256 signed with the public JWK",
                s -> s.forgery.hmacWithPublicKey(Forgery.claims(s.alice, List.of("USER")).build(), false));
        tokens.put("expired an hour ago", s -> s.forgery.signedByAuth(Forgery.claims(s.alice, List.of("USER"))
                .issueTime(Date.from(Instant.now().minus(Duration.ofMinutes(75))))
                .expirationTime(Date.from(Instant.now().minus(Duration.ofHours(1)))).build()));
        tokens.put("not valid before next hour", s -> s.forgery.signedByAuth(Forgery.claims(s.alice, List.of("USER"))
                .notBeforeTime(Date.from(Instant.now().plus(Duration.ofHours(1)))).build()));
        tokens.put("wrong issuer", s -> s.forgery.signedByAuth(Forgery.claims(s.alice, List.of("USER"))
                .issuer("https://evil.example").build()));
        tokens.put("no issuer", s -> s.forgery.signedByAuth(Forgery.claims(s.alice, List.of("USER"))
                .issuer(null).build()));
        tokens.put("unknown kid", s -> s.forgery.signedByAuth(Forgery.claims(s.alice, List.of("USER")).build(),
                "no-such-key"));
        tokens.put("attacker's key under auth's kid",
                s -> s.forgery.signedByAttacker(Forgery.claims(s.alice, List.of("USER")).build(), false, null));
        tokens.put("attacker's key embedded as jwk",
                s -> s.forgery.signedByAttacker(Forgery.claims(s.alice, List.of("USER")).build(), true, null));
        tokens.put("attacker's key behind jku", s -> {
            s.platform.web().stubFor(get(urlPathEqualTo("/attacker/jwks.json")).willReturn(aResponse()
                    .withHeader("Content-Type", "application/json").withBody(s.forgery.attackerJwks())));
            return s.forgery.signedByAttacker(Forgery.claims(s.alice, List.of("USER")).build(), false,
                    URI.create(s.platform.web().baseUrl() + "/attacker/jwks.json"));
        });
        tokens.put("signature cut off", s -> Forgery.withoutSignature(s.alice.accessToken()));
        tokens.put("another user's claims under a valid signature",
                s -> Forgery.withPayload(s.bob.accessToken(), Forgery.claims(s.alice, List.of("USER")).build()));
        tokens.put("disabled user's token", s -> s.disabledToken);
        tokens.put("signed-out user's token", s -> s.signedOutToken);
        tokens.put("garbage", s -> "abc.def.ghi");
        tokens.put("a refresh token", s -> s.alice.refreshToken());

        List<HostileCase> cases = new ArrayList<>();
        tokens.forEach((name, token) -> EVERY_SERVICE.forEach((service, path) -> cases.add(new HostileCase(service,
                "token: " + name + " on GET " + path, s -> {
                    try {
                        return s.get(path, token.of(s));
                    }
                    catch (Exception e) {
                        throw new IllegalStateException("Cannot forge " + name, e);
                    }
                }, status(401).and(Expect.noVictimData())))));

        cases.add(c("auth", "a forged ADMIN role under the attacker's key lists no users",
                s -> s.get("/api/v1/auth/admin/users", s.forgery.signedByAttacker(
                        Forgery.claims(s.bob, List.of("USER", "ADMIN")).build(), false, null)), status(401)));
        cases.add(c("auth", "a USER token with ADMIN added to its payload lists no users",
                s -> s.get("/api/v1/auth/admin/users", Forgery.withPayload(s.bob.accessToken(),
                        Forgery.claims(s.bob, List.of("USER", "ADMIN")).build())), status(401)));
        cases.add(c("auth", "a service subject signed by the attacker cannot act as a service",
                s -> s.get("/api/v1/subscriptions", s.forgery.signedByAttacker(new JWTClaimsSet.Builder()
                        .subject("service:auth").issuer("qh").claim("roles", List.of("SERVICE"))
                        .expirationTime(Date.from(Instant.now().plusSeconds(600))).build(), false, null)),
                status(401)));
        cases.add(c("profile", "an access token in the query string is not a credential",
                s -> s.get("/api/v1/profile?access_token=" + s.alice.accessToken(), null),
                status(401).and(Expect.noVictimData())));
        cases.add(c("profile", "Basic credentials are not a credential",
                s -> s.send(s.platform.request("GET", "/api/v1/profile", null).header("Authorization", "Basic "
                        + java.util.Base64.getEncoder().encodeToString((s.alice.email() + ":"
                        + com.qh.launcher.RunningPlatform.PASSWORD).getBytes()))), status(401)));
        cases.add(c("profile", "an empty Bearer", s -> s.send(s.platform.request("GET", "/api/v1/profile", null)
                .header("Authorization", "Bearer ")), status(401)));
        cases.add(c("profile", "two Authorization headers, one forged",
                s -> s.raw(s.head("GET", "/api/v1/profile") + "\r\nAuthorization: Bearer abc.def.ghi\r\nAuthorization: "
                        + "Bearer " + s.bob.accessToken()), Expect.refused().and(Expect.noVictimData())));
        return cases;
    }

    private static HostileCase c(String area, String name, ThrowingProbe probe, Expect expect) {
        Function<Scene, Answer> wrapped = s -> {
            try {
                return probe.send(s);
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        return new HostileCase(area, "token: " + name, wrapped, expect);
    }

    private interface ThrowingProbe {
        Answer send(Scene scene) throws Exception;
    }
}
