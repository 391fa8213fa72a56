package com.qh.web.account;

import com.qh.web.api.ApiResponse;
import com.qh.web.api.GatewayApi;
import com.qh.web.session.SessionTokens;
import com.qh.web.session.UserSession;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The one way a web session is signed in, whichever way auth gave the token pair (a password, a password and a
 * code, Google or GitHub, either of those and a code): who it is comes from auth's {@code /me}.
 */
@Component
class SignIns {

    private final GatewayApi api;
    private final UserSession session;
    private final Clock clock;

    SignIns(GatewayApi api, UserSession session, Clock clock) {
        this.api = api;
        this.session = session;
        this.clock = clock;
    }

    /** Signs the web session in with auth's answer ({@code accessToken}, {@code refreshToken}, {@code expiresIn}). */
    void signedIn(HttpServletRequest request, JsonNode pair) {
        String access = pair.path("accessToken").asString();
        ApiResponse me = api.call(HttpMethod.GET, "/api/v1/auth/me").token(access).send();
        List<String> roles = new ArrayList<>();
        me.body().path("roles").forEach(role -> roles.add(role.asString()));
        if (roles.isEmpty()) {
            roles.add("USER");
        }
        String email = me.body().path("email").asString("");
        String name = me.body().path("displayName").asString(email);
        session.signIn(request, new SessionTokens(access, pair.path("refreshToken").asString(),
                clock.instant().plusSeconds(pair.path("expiresIn").asLong(900)), email, name, roles));
    }
}
