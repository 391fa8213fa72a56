package com.qh.launcher.hostile;

import static com.qh.launcher.hostile.Expect.bodyLacks;
import static com.qh.launcher.hostile.Expect.refused;
import static com.qh.launcher.hostile.Expect.status;

import com.qh.launcher.RunningPlatform.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The token-carrying flows outside the bearer header: refresh, e-mail verification and password reset tokens,
 * OAuth2 sign-in, the notification WebSocket's handshake token, double opt-in and one-click unsubscribe tokens.
 * Guessed, forged, reused or malformed, each is refused and grants nothing.
 */
final class FlowCases {

    private FlowCases() {
    }

    static List<HostileCase> cases() {
        List<HostileCase> cases = new ArrayList<>();
        cases.add(c("auth", "refresh with an access token", s -> s.json("POST", "/api/v1/auth/refresh",
                "{\"refreshToken\":\"" + s.alice.accessToken().substring(0, 199) + "\"}", null),
                status(400, 401).and(bodyLacks("accessToken"))));
        cases.add(c("auth", "refresh with a signed-out session's token", s -> s.json("POST", "/api/v1/auth/refresh",
                "{\"refreshToken\":\"" + s.signedOutRefreshToken + "\"}", null), status(401).and(bodyLacks("accessToken"))));
        cases.add(c("auth", "refresh with SQL", s -> s.json("POST", "/api/v1/auth/refresh",
                "{\"refreshToken\":\"' OR '1'='1\"}", null), status(400, 401).and(bodyLacks("accessToken"))));
        cases.add(c("auth", "refresh with a 10,000-character token", s -> s.json("POST", "/api/v1/auth/refresh",
                "{\"refreshToken\":\"" + "a".repeat(10_000) + "\"}", null), status(400)));
        cases.add(c("auth", "verify an address with a guessed token", s -> s.json("POST", "/api/v1/auth/verify-email",
                "{\"token\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}", null), refused()));
        cases.add(c("auth", "verify an address with SQL", s -> s.json("POST", "/api/v1/auth/verify-email",
                "{\"token\":\"' OR 1=1 --\"}", null), refused()));
        cases.add(c("auth", "reset a password with a guessed token", s -> s.json("POST", "/api/v1/auth/password/reset",
                "{\"token\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\",\"newPassword\":\"Another-correct-horse-42\"}",
                null), refused()));
        cases.add(c("auth", "forgot-password for an unknown address tells nothing", s -> s.json("POST",
                "/api/v1/auth/password/forgot", "{\"email\":\"nobody-" + java.util.UUID.randomUUID()
                        + "@example.org\"}", null), status(202)));
        cases.add(c("auth", "sign-in with an unknown provider", s -> s.get("/api/v1/auth/oauth2/evil/authorize", null),
                status(400, 404)));
        cases.add(c("auth", "sign-in with a provider name that is a path", s -> s.get(
                "/api/v1/auth/oauth2/..%2F..%2Fadmin/authorize", null), refused()));
        cases.add(c("auth", "an OAuth2 callback with a forged state", s -> s.get(
                "/api/v1/auth/oauth2/google/callback?code=x&state=forged", null), refused().and(bodyLacks("accessToken"))
                .and(Expect.noHeader("Location", value -> value.contains("accessToken") || value.contains("evil")))));
        cases.add(c("auth", "sign-in asked to return to another site", s -> s.get(
                "/api/v1/auth/oauth2/google/authorize?redirect_uri=https://evil.example/&redirect=https://evil.example/",
                null), Expect.handled().and(Expect.noHeader("Location", value -> value.contains("evil.example")))));
        String[] socketTokens = { "none", "forged", "signed-out", "disabled" };
        for (String kind : socketTokens) {
            cases.add(c("notification", "WebSocket handshake with a " + kind + " token", s -> {
                String token = switch (kind) {
                    case "forged" -> Forgery.withoutSignature(s.alice.accessToken()) + "AAAA";
                    case "signed-out" -> s.signedOutToken;
                    case "disabled" -> s.disabledToken;
                    default -> null;
                };
                return s.raw(s.head("GET", "/api/v1/notifications/ws" + (token == null ? "" : "?access_token=" + token))
                        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                        + "Sec-WebSocket-Version: 13");
            }, status(401, 403)));
        }
        cases.add(c("notification", "confirm a subscription with a guessed token", s -> s.json("POST",
                "/api/v1/subscriptions/confirm", "{\"token\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}", null),
                status(400, 404)));
        cases.add(c("notification", "confirm a subscription with SQL", s -> s.json("POST", "/api/v1/subscriptions/confirm",
                "{\"token\":\"' OR '1'='1\"}", null), status(400, 404)));
        cases.add(c("notification", "unsubscribe with a 100-character token", s -> s.call("POST",
                "/api/v1/subscriptions/unsubscribe/" + "a".repeat(100), null), status(400, 404)));
        cases.add(c("notification", "one-click unsubscribe with a guessed token", s -> s.call("POST",
                "/api/v1/notifications/unsubscribe/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", null), status(400, 404)));
        cases.add(c("notification", "one-click unsubscribe with a path for a token", s -> s.raw(s.head("GET",
                "/api/v1/notifications/unsubscribe/..%2F..%2Fadmin%2Ftemplates")), refused()));
        cases.add(c("document", "a share token with SQL", s -> s.get("/api/v1/documents/shared/'%20OR%20'1'='1", null),
                status(400, 404)));
        cases.add(c("document", "a share token of 10,000 characters", s -> s.get("/api/v1/documents/shared/"
                + "a".repeat(10_000), null), status(400, 404, 414)));
        return cases;
    }

    private static HostileCase c(String area, String name, Function<Scene, Answer> probe, Expect expect) {
        return new HostileCase(area, "flow: " + name, probe, expect);
    }
}
