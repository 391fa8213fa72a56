package com.qh.web.account;

import com.qh.web.api.ApiProblemException;
import com.qh.web.session.PendingSignIns;
import com.qh.web.session.SignInRequiredException;
import com.qh.web.session.UserSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

/**
 * Signing in with Google or GitHub, and linking one to the signed-in account, with the tokens kept off the browser.
 * The button posts here; auth is asked to start (its state and PKCE verifier stay at auth, its browser-binding
 * cookie in this web session) and the browser goes to the provider. The provider sends the browser back to
 * {@code /sign-in/{provider}/callback} (auth's redirect URI points here); a callback whose state is not the one
 * this session started is refused without asking auth (a forged or planted callback: login CSRF). Otherwise auth
 * gets the code, the state and the cookie, and its answer signs the web session in as the password does, asks for
 * the two-factor code, links, or is shown on the sign-in (or account) page in the page's language.
 */
@Controller
class OAuthController {

    /** The attempt this session started: one at a time, as auth's cookie allows one per browser. */
    static final String STARTED = "qh.oauth.started";
    /** Auth's single-use token for the two-factor step after a provider (server-side, like the tokens). */
    static final String TWO_FACTOR = "qh.oauth.two-factor";
    /** Flash attribute: the problem slug to show on the page the callback lands on. */
    static final String PROBLEM = "oauthProblem";

    private final UserSession session;
    private final SignIns signIns;
    private final OAuthProviders providers;
    private final OAuthCalls auth;
    private final PendingSignIns pending;

    OAuthController(UserSession session, SignIns signIns, OAuthProviders providers,
            OAuthCalls auth, PendingSignIns pending) {
        this.session = session;
        this.signIns = signIns;
        this.providers = providers;
        this.auth = auth;
        this.pending = pending;
    }

    /**
     * The button on the sign-in and sign-up pages. A link, not a form: the page's Content-Security-Policy
     * ({@code form-action 'self'}) would stop a form's redirect to the provider. Following one someone else planted
     * only starts an attempt that this browser alone can finish.
     */
    @GetMapping("/sign-in/{provider}")
    String signIn(@PathVariable String provider, @RequestParam(required = false) String next,
            HttpServletRequest request, RedirectAttributes redirect) {
        String back = AccountController.withNext("/sign-in", next);
        if (!providers.offers(provider)) {
            redirect.addFlashAttribute(PROBLEM, "oauth2-provider-off");
            return "redirect:" + back;
        }
        try {
            OAuthCalls.Started started = auth.signIn(provider, request);
            request.getSession(true).setAttribute(STARTED, new Attempt(provider, started.state(), started.binding(),
                    next == null || next.isBlank() ? "" : SafeRedirects.local(next), false));
            return "redirect:" + started.location();
        }
        catch (ApiProblemException refused) {
            redirect.addFlashAttribute(PROBLEM, refused.problem().slug());
            return "redirect:" + back;
        }
    }

    /**
     * "Link Google" on the account page (a link, like the sign-in buttons): auth's link start as the signed-in
     * person, then the same way back. What it links is whoever is signed in at the provider in this browser.
     */
    @GetMapping("/account/link/{provider}")
    String link(@PathVariable String provider, HttpServletRequest request, RedirectAttributes redirect) {
        session.require(request);
        if (!providers.offers(provider)) {
            redirect.addFlashAttribute(PROBLEM, "oauth2-provider-off");
            return "redirect:/account";
        }
        try {
            OAuthCalls.Started started = auth.link(provider, session.accessToken(request), request);
            request.getSession().setAttribute(STARTED, new Attempt(provider, started.state(), started.binding(), "",
                    true));
            return "redirect:" + started.location();
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() == 401) {
                session.signOut(request);
                throw new SignInRequiredException();
            }
            redirect.addFlashAttribute(PROBLEM, refused.problem().slug());
            return "redirect:/account";
        }
    }

    /** Where the provider sends the browser back (auth's redirect URI). */
    @GetMapping("/sign-in/{provider}/callback")
    String callback(@PathVariable String provider, @RequestParam(required = false) String code,
            @RequestParam(required = false) String state, @RequestParam(required = false) String error,
            HttpServletRequest request, RedirectAttributes redirect) {
        HttpSession http = request.getSession(false);
        Attempt attempt = http == null ? null : (Attempt) http.getAttribute(STARTED);
        if (attempt == null || !attempt.provider().equals(provider) || !attempt.stateIs(state)) {
            // Not what this session started: a callback planted by someone else, a replayed one or an old tab.
            // Auth is not asked, and an attempt this session did start stays for its own callback.
            redirect.addFlashAttribute(PROBLEM, "oauth2-not-started-here");
            return "redirect:/sign-in";
        }
        http.removeAttribute(STARTED);
        String back = attempt.link() ? "/account" : AccountController.withNext("/sign-in", attempt.next());
        if (error != null || code == null || code.isBlank()) {
            redirect.addFlashAttribute(PROBLEM, "oauth2-declined");
            return "redirect:" + back;
        }
        try {
            JsonNode answer = auth.callback(provider, code, state, attempt.binding(), request);
            if (attempt.link()) {
                redirect.addFlashAttribute("notice", "notice.oauth-linked");
                return "redirect:/account";
            }
            signIns.signedIn(request, answer);
            return "redirect:" + SafeRedirects.local(attempt.next());
        }
        catch (ApiProblemException refused) {
            String twoFactorToken = refused.problem().property("twoFactorToken");
            if (!attempt.link() && refused.problem().is("totp-required") && twoFactorToken != null) {
                // One second step at a time: a password sign-in waiting for its code is given up.
                pending.drop((String) http.getAttribute(AccountController.PENDING));
                http.removeAttribute(AccountController.PENDING);
                http.setAttribute(TWO_FACTOR, twoFactorToken);
                return "redirect:" + AccountController.withNext("/sign-in/code", attempt.next());
            }
            redirect.addFlashAttribute(PROBLEM, refused.problem().slug());
            return "redirect:" + back;
        }
    }

    /**
     * A started attempt, kept in the web session.
     *
     * @param provider {@code google} or {@code github}
     * @param state the state auth put in the provider's address, which the callback must bring back
     * @param binding auth's browser-binding cookie as {@code name=value}: presented to auth at the callback, never
     *        given to the browser
     * @param next where to go after signing in (a local path, or empty)
     * @param link whether this links the provider to the signed-in account rather than signing in
     */
    record Attempt(String provider, String state, String binding, String next, boolean link) implements Serializable {

        boolean stateIs(String candidate) {
            return candidate != null && MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
                    candidate.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "Attempt[" + provider + (link ? ", link" : "") + "]";
        }
    }
}
