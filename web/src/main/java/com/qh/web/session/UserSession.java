package com.qh.web.session;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.ApiResponse;
import com.qh.web.api.GatewayApi;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The signed-in person of a request, as the web app knows them: the tokens in the server-side session. Calls made
 * through {@link #send} carry the access token, refreshed first when it is due; an API answer that the token is no
 * good (signed out everywhere, session expired, account disabled) ends the web session too and asks for sign-in.
 */
@Component
public class UserSession {

    static final String TOKENS = "qh.tokens";

    /** 401 slugs that mean "this token is no good", as opposed to a form's own 401 (a wrong current password). */
    private static final Set<String> SESSION_OVER = Set.of("unauthorized", "unavailable", "unknown",
            "invalid-refresh-token", "refresh-token-reused", "session-expired", "account-disabled");

    private final TokenRefresher refresher;
    private final Clock clock;

    UserSession(TokenRefresher refresher, Clock clock) {
        this.refresher = refresher;
        this.clock = clock;
    }

    /** The signed-in person, if any (no session is created to find out). */
    public Optional<SessionTokens> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((SessionTokens) session.getAttribute(TOKENS));
    }

    /** The signed-in person, or {@link SignInRequiredException}. */
    public SessionTokens require(HttpServletRequest request) {
        return current(request).orElseThrow(SignInRequiredException::new);
    }

    /**
     * Starts the web session of a person who just signed in. The session id changes, so an id planted in the
     * browser before sign-in (session fixation) is worth nothing afterwards.
     */
    public void signIn(HttpServletRequest request, SessionTokens tokens) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(TOKENS, tokens);
    }

    /** Forgets the person: the session and everything in it. */
    public void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** Sends a call as the signed-in person. */
    public ApiResponse send(HttpServletRequest request, GatewayApi.Call call) {
        return as(request, call, GatewayApi.Call::send);
    }

    /** Sends a call as the signed-in person and copies the file it answers to {@code response}. */
    public void download(HttpServletRequest request, GatewayApi.Call call, HttpServletResponse response) {
        download(request, call, response, null);
    }

    /** As above, saved as {@code fileName} when the API names no file. */
    public void download(HttpServletRequest request, GatewayApi.Call call, HttpServletResponse response,
            String fileName) {
        as(request, call, sent -> {
            sent.download(response, fileName);
            return null;
        });
    }

    /** Sends a call as the signed-in person and hands the file it answers to {@code reader}. */
    public void receive(HttpServletRequest request, GatewayApi.Call call, GatewayApi.Reader reader) {
        as(request, call, sent -> {
            sent.receive(reader);
            return null;
        });
    }

    /** Sends a call as the signed-in person and hands each server-sent event it answers to {@code listener}. */
    public void events(HttpServletRequest request, GatewayApi.Call call,
            BiConsumer<String, String> listener) {
        as(request, call, sent -> {
            sent.events(listener);
            return null;
        });
    }

    /**
     * The signed-in person's access token, refreshed first when it is due, for the rare call that cannot go through
     * {@link #send} (one whose answer's headers matter).
     */
    public String accessToken(HttpServletRequest request) {
        SessionTokens tokens = require(request);
        if (tokens.dueAt(clock.instant())) {
            try {
                tokens = refresher.refresh(tokens);
            }
            catch (ApiProblemException refused) {
                signOut(request);
                throw new SignInRequiredException();
            }
            request.getSession().setAttribute(TOKENS, tokens);
        }
        return tokens.accessToken();
    }

    private <T> T as(HttpServletRequest request, GatewayApi.Call call, Function<GatewayApi.Call, T> send) {
        String token = accessToken(request);
        try {
            return send.apply(call.token(token));
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() == 401 && SESSION_OVER.contains(refused.problem().slug())) {
                signOut(request);
                throw new SignInRequiredException();
            }
            throw refused;
        }
    }
}
