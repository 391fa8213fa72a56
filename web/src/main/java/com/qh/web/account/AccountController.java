package com.qh.web.account;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.GatewayApi;
import com.qh.web.session.PendingSignIns;
import com.qh.web.session.UserSession;
import com.qh.web.view.FormErrors;
import com.qh.web.view.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The account pages. A refused form comes back with the API's problem shown on it and the status the API gave
 * (401 for a wrong password, 422 for a weak one), the typed values kept except passwords.
 */
@Controller
class AccountController {

    static final String PENDING = "qh.pending-sign-in";

    private final GatewayApi api;
    private final UserSession session;
    private final PendingSignIns pending;
    private final SignIns signIns;
    private final OAuthProviders providers;

    AccountController(GatewayApi api, UserSession session, PendingSignIns pending, SignIns signIns,
            OAuthProviders providers) {
        this.api = api;
        this.session = session;
        this.pending = pending;
        this.signIns = signIns;
        this.providers = providers;
    }

    // --- sign in ---------------------------------------------------------------------------------------------

    @GetMapping("/sign-in")
    String signInForm(@RequestParam(required = false) String next, HttpServletRequest request,
            @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        if (session.current(request).isPresent()) {
            return "redirect:" + SafeRedirects.local(next);
        }
        return signInPage(model, "", next, providerProblem(page, model));
    }

    @PostMapping("/sign-in")
    String signIn(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) String next, HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        FormErrors missing = required(page, ordered("email", email, "password", password));
        if (missing.any()) {
            response.setStatus(400);
            return signInPage(model, email, next, missing);
        }
        try {
            signIns.signedIn(request, login(Map.of("email", email.strip(), "password", password)));
            return "redirect:" + SafeRedirects.local(next);
        }
        catch (ApiProblemException refused) {
            if (refused.problem().is("totp-required")) {
                request.getSession().setAttribute(PENDING, pending.hold(email.strip(), password));
                request.getSession().removeAttribute(OAuthController.TWO_FACTOR);
                return "redirect:" + withNext("/sign-in/code", next);
            }
            response.setStatus(refused.problem().status());
            return signInPage(model, email, next, FormErrors.of(refused.problem(), page));
        }
    }

    @GetMapping("/sign-in/code")
    String codeForm(@RequestParam(required = false) String next, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        if (pending.peek(pendingKey(request)).isEmpty() && providerStep(request) == null) {
            redirect.addFlashAttribute("notice", "notice.sign-in-again");
            return "redirect:" + withNext("/sign-in", next);
        }
        return codePage(model, next, FormErrors.none());
    }

    @PostMapping("/sign-in/code")
    String code(@RequestParam(defaultValue = "") String code, @RequestParam(required = false) String next,
            HttpServletRequest request, HttpServletResponse response, @ModelAttribute(name = "page", binding = false) Page page, Model model,
            RedirectAttributes redirect) {
        String key = pendingKey(request);
        var credentials = pending.peek(key);
        String providerStep = providerStep(request);
        if (credentials.isEmpty() && providerStep == null) {
            redirect.addFlashAttribute("notice", "notice.sign-in-again");
            return "redirect:" + withNext("/sign-in", next);
        }
        String digits = code.replaceAll("\\s", "");
        if (digits.isEmpty()) {
            response.setStatus(400);
            return codePage(model, next, required(page, Map.of("code", "")));
        }
        try {
            // After Google or GitHub, auth's token from the callback stands in for the address and password.
            JsonNode tokens = credentials.isPresent()
                    ? login(Map.of("email", credentials.get().email(), "password", credentials.get().password(),
                            "totpCode", digits))
                    : api.call(HttpMethod.POST, "/api/v1/auth/oauth2/totp")
                            .body(Map.of("twoFactorToken", providerStep, "totpCode", digits)).send().body();
            pending.drop(key);
            request.getSession().removeAttribute(OAuthController.TWO_FACTOR);
            signIns.signedIn(request, tokens);
            return "redirect:" + SafeRedirects.local(next);
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() == 429 || refused.problem().is("invalid-credentials")) {
                pending.drop(key);
            }
            if (refused.problem().is("invalid-two-factor-step")) {
                // The provider's step expired or was used: start again, as with a forgotten password step.
                request.getSession().removeAttribute(OAuthController.TWO_FACTOR);
                redirect.addFlashAttribute("notice", "notice.sign-in-again");
                return "redirect:" + withNext("/sign-in", next);
            }
            response.setStatus(refused.problem().status());
            FormErrors errors = FormErrors.of(refused.problem(), page);
            if (refused.problem().is("invalid-totp-code")) {
                errors = errors.with("code", errors.message());
            }
            return codePage(model, next, errors);
        }
    }

    @PostMapping("/sign-out")
    String signOut(HttpServletRequest request, RedirectAttributes redirect) {
        session.current(request).ifPresent(tokens -> {
            try {
                api.call(HttpMethod.POST, "/api/v1/auth/logout").token(tokens.accessToken())
                        .body(Map.of("refreshToken", tokens.refreshToken())).send();
            }
            catch (ApiProblemException alreadyOver) {
                // An expired or revoked session is over either way; the web session ends below.
            }
        });
        session.signOut(request);
        redirect.addFlashAttribute("notice", "notice.signed-out");
        return "redirect:/sign-in";
    }

    // --- sign up and e-mail verification ---------------------------------------------------------------------

    @GetMapping("/sign-up")
    String signUpForm(@ModelAttribute(name = "page", binding = false) Page page, Model model) {
        return signUpPage(model, "", "", providerProblem(page, model));
    }

    @PostMapping("/sign-up")
    String signUp(@RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model, RedirectAttributes redirect) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("displayName", displayName);
        values.put("email", email);
        values.put("password", password);
        FormErrors missing = required(page, values);
        if (missing.any()) {
            response.setStatus(400);
            return signUpPage(model, displayName, email, missing);
        }
        try {
            api.call(HttpMethod.POST, "/api/v1/auth/register").body(Map.of("email", email.strip(), "password",
                    password, "displayName", displayName.strip(), "locale", page.lang())).send();
            redirect.addFlashAttribute("email", email.strip());
            return "redirect:/sign-up/check-mail";
        }
        catch (ApiProblemException refused) {
            response.setStatus(refused.problem().status());
            FormErrors errors = FormErrors.of(refused.problem(), page);
            if (refused.problem().is("email-taken") || refused.problem().is("email-confusable")) {
                errors = errors.with("email", errors.message());
            }
            return signUpPage(model, displayName, email, errors);
        }
    }

    @GetMapping("/sign-up/check-mail")
    String checkMail(Model model) {
        // The address comes as a flash attribute from sign-up, so it never shows in the address bar.
        model.addAttribute("email", model.getAttribute("email") instanceof String email ? email : "");
        model.addAttribute("errors", FormErrors.none());
        return "account/check-mail";
    }

    @PostMapping("/verify-email/resend")
    String resend(@RequestParam(defaultValue = "") String email, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        model.addAttribute("email", email);
        if (email.isBlank()) {
            response.setStatus(400);
            model.addAttribute("errors", required(page, Map.of("email", "")));
            return "account/check-mail";
        }
        try {
            api.call(HttpMethod.POST, "/api/v1/auth/verify-email/resend").body(Map.of("email", email.strip())).send();
            model.addAttribute("errors", FormErrors.none());
            model.addAttribute("resent", true);
        }
        catch (ApiProblemException refused) {
            response.setStatus(refused.problem().status());
            model.addAttribute("errors", FormErrors.of(refused.problem(), page));
        }
        return "account/check-mail";
    }

    /**
     * The mail's link only shows a button: mail scanners open links, and a GET that spent the token would verify
     * an address nobody looked at (and leave the person a dead link).
     */
    @GetMapping("/verify-email")
    String verifyForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("errors", FormErrors.none());
        return "account/verify-email";
    }

    @PostMapping("/verify-email")
    String verify(@RequestParam(defaultValue = "") String token, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model, RedirectAttributes redirect) {
        try {
            api.call(HttpMethod.POST, "/api/v1/auth/verify-email").body(Map.of("token", token)).send();
            redirect.addFlashAttribute("notice", "notice.email-verified");
            return "redirect:/sign-in";
        }
        catch (ApiProblemException refused) {
            response.setStatus(refused.problem().status());
            model.addAttribute("token", token);
            model.addAttribute("errors", FormErrors.of(refused.problem(), page));
            return "account/verify-email";
        }
    }

    // --- passwords --------------------------------------------------------------------------------------------

    @GetMapping("/forgot-password")
    String forgotForm(Model model) {
        model.addAttribute("email", "");
        model.addAttribute("sent", false);
        model.addAttribute("errors", FormErrors.none());
        return "account/forgot-password";
    }

    @PostMapping("/forgot-password")
    String forgot(@RequestParam(defaultValue = "") String email, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        model.addAttribute("email", email);
        model.addAttribute("sent", false);
        FormErrors errors = required(page, Map.of("email", email));
        if (!errors.any()) {
            try {
                api.call(HttpMethod.POST, "/api/v1/auth/password/forgot").body(Map.of("email", email.strip())).send();
                model.addAttribute("sent", true);
            }
            catch (ApiProblemException refused) {
                errors = FormErrors.of(refused.problem(), page);
            }
        }
        if (errors.any()) {
            response.setStatus(400);
        }
        model.addAttribute("errors", errors);
        return "account/forgot-password";
    }

    @GetMapping("/reset-password")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("errors", FormErrors.none());
        return "account/reset-password";
    }

    @PostMapping("/reset-password")
    String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmPassword, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model, RedirectAttributes redirect) {
        model.addAttribute("token", token);
        FormErrors errors = newPassword(page, newPassword, confirmPassword);
        if (!errors.any()) {
            try {
                api.call(HttpMethod.POST, "/api/v1/auth/password/reset")
                        .body(Map.of("token", token, "newPassword", newPassword)).send();
                redirect.addFlashAttribute("notice", "notice.password-reset");
                return "redirect:/sign-in";
            }
            catch (ApiProblemException refused) {
                errors = FormErrors.of(refused.problem(), page);
                response.setStatus(refused.problem().status());
            }
        }
        else {
            response.setStatus(400);
        }
        model.addAttribute("errors", errors);
        return "account/reset-password";
    }

    @GetMapping("/account")
    String account(HttpServletRequest request, Model model) {
        session.require(request);
        return AccountPages.account(session, api, providers, request, model);
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmPassword, HttpServletRequest request,
            HttpServletResponse response, @ModelAttribute(name = "page", binding = false) Page page, Model model,
            RedirectAttributes redirect) {
        session.require(request);
        FormErrors errors = required(page, Map.of("currentPassword", currentPassword));
        FormErrors fresh = newPassword(page, newPassword, confirmPassword);
        for (var field : fresh.fields().entrySet()) {
            errors = errors.with(field.getKey(), field.getValue());
        }
        if (!errors.any()) {
            try {
                session.send(request, api.call(HttpMethod.POST, "/api/v1/auth/password/change")
                        .body(Map.of("currentPassword", currentPassword, "newPassword", newPassword)));
                redirect.addFlashAttribute("notice", "notice.password-changed");
                return "redirect:/account";
            }
            catch (ApiProblemException refused) {
                errors = FormErrors.of(refused.problem(), page);
                if (refused.problem().is("wrong-password")) {
                    errors = errors.with("currentPassword", errors.message());
                }
                response.setStatus(refused.problem().status());
            }
        }
        else {
            response.setStatus(400);
        }
        model.addAttribute("errors", errors);
        return AccountPages.account(session, api, providers, request, model);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private JsonNode login(Map<String, String> body) {
        return api.call(HttpMethod.POST, "/api/v1/auth/login").body(body).send().body();
    }

    /** Auth's token for the two-factor step after Google or GitHub, when that is the sign-in waiting for a code. */
    private static String providerStep(HttpServletRequest request) {
        var httpSession = request.getSession(false);
        return httpSession == null ? null : (String) httpSession.getAttribute(OAuthController.TWO_FACTOR);
    }

    /** How a Google/GitHub sign-in that came back here ended, in the page's language. */
    private static FormErrors providerProblem(Page page, Model model) {
        if (model.getAttribute(OAuthController.PROBLEM) instanceof String slug) {
            return FormErrors.message(page.tOr("problem." + slug, page.t("problem.oauth2-failed")));
        }
        return FormErrors.none();
    }

    private String pendingKey(HttpServletRequest request) {
        var httpSession = request.getSession(false);
        return httpSession == null ? null : (String) httpSession.getAttribute(PENDING);
    }

    static String withNext(String path, String next) {
        if (next == null || next.isBlank()) {
            return path;
        }
        return UriComponentsBuilder.fromPath(path).queryParam("next", SafeRedirects.local(next)).encode().build()
                .toUriString();
    }

    /** "Fill this in" for every empty value, in the form's order. */
    private static FormErrors required(Page page, Map<String, String> values) {
        FormErrors errors = FormErrors.none();
        for (var value : values.entrySet()) {
            if (value.getValue() == null || value.getValue().isBlank()) {
                errors = errors.with(value.getKey(), page.t("form.required"));
            }
        }
        return errors.fields().isEmpty() ? errors : new FormErrors(errors.fields(), page.t("form.fix-below"));
    }

    private static Map<String, String> ordered(String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }

    private static FormErrors newPassword(Page page, String password, String confirmation) {
        FormErrors errors = required(page, Map.of("newPassword", password));
        if (!errors.any() && !password.equals(confirmation)) {
            errors = new FormErrors(Map.of("confirmPassword", page.t("form.passwords-differ")),
                    page.t("form.fix-below"));
        }
        return errors;
    }

    private String signInPage(Model model, String email, String next, FormErrors errors) {
        model.addAttribute("email", email);
        model.addAttribute("next", next == null ? "" : SafeRedirects.local(next));
        model.addAttribute("errors", errors);
        model.addAttribute("providers", providers.list());
        return "account/sign-in";
    }

    private String codePage(Model model, String next, FormErrors errors) {
        model.addAttribute("next", next == null ? "" : SafeRedirects.local(next));
        model.addAttribute("errors", errors);
        return "account/sign-in-code";
    }

    private String signUpPage(Model model, String displayName, String email, FormErrors errors) {
        model.addAttribute("displayName", displayName);
        model.addAttribute("email", email);
        model.addAttribute("errors", errors);
        model.addAttribute("providers", providers.list());
        return "account/sign-up";
    }
}
