package com.qh.web.account;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.GatewayApi;
import com.qh.web.session.UserSession;
import com.qh.web.view.FormErrors;
import com.qh.web.view.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

/**
 * Two-factor sign-in with an authenticator app: set up (a QR code of auth's otpauth URI, drawn here, and the
 * secret for typing in), confirmed with a first code; turned off with a code.
 */
@Controller
@RequestMapping("/account/two-factor")
class TwoFactorController {

    private final GatewayApi api;
    private final UserSession session;
    private final OAuthProviders providers;

    TwoFactorController(GatewayApi api, UserSession session, OAuthProviders providers) {
        this.api = api;
        this.session = session;
        this.providers = providers;
    }

    /** Begins the set-up: auth makes a secret, not active until a code from the app confirms it. */
    @PostMapping
    String begin(HttpServletRequest request, Model model) {
        JsonNode enrolment = session.send(request, api.call(HttpMethod.POST, "/api/v1/auth/2fa/totp")).body();
        TotpEnrolment pending = new TotpEnrolment(enrolment.path("secret").asString(""),
                enrolment.path("otpauthUri").asString(""));
        request.getSession().setAttribute(TotpEnrolment.SESSION_KEY, pending);
        return "redirect:/account/two-factor";
    }

    @GetMapping
    String setUp(HttpServletRequest request, Model model) {
        session.require(request);
        if (!(request.getSession().getAttribute(TotpEnrolment.SESSION_KEY) instanceof TotpEnrolment pending)) {
            return "redirect:/account";
        }
        return show(pending, FormErrors.none(), model);
    }

    @PostMapping("/confirm")
    String confirm(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, @ModelAttribute(name = "page", binding = false) Page page, Model model,
            RedirectAttributes redirect) {
        session.require(request);
        if (!(request.getSession().getAttribute(TotpEnrolment.SESSION_KEY) instanceof TotpEnrolment pending)) {
            return "redirect:/account";
        }
        String digits = code.replaceAll("\\s", "");
        FormErrors errors;
        if (!digits.matches("[0-9]{6}")) {
            errors = FormErrors.none().with("code", page.t("two-factor.code.format"));
            response.setStatus(400);
        }
        else {
            try {
                session.send(request, api.call(HttpMethod.POST, "/api/v1/auth/2fa/totp/confirm")
                        .body(Map.of("code", digits)));
                request.getSession().removeAttribute(TotpEnrolment.SESSION_KEY);
                redirect.addFlashAttribute("notice", "notice.two-factor-on");
                return "redirect:/account";
            }
            catch (ApiProblemException refused) {
                if (refused.problem().status() >= 500 || refused.problem().status() == 401) {
                    throw refused;
                }
                response.setStatus(refused.problem().status());
                errors = FormErrors.of(refused.problem(), page);
                if (errors.fields().isEmpty()) {
                    errors = FormErrors.none().with("code", errors.message());
                }
            }
        }
        return show(pending, errors, model);
    }

    @PostMapping("/disable")
    String disable(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, @ModelAttribute(name = "page", binding = false) Page page, Model model,
            RedirectAttributes redirect) {
        String digits = code.replaceAll("\\s", "");
        try {
            session.send(request, api.call(HttpMethod.POST, "/api/v1/auth/2fa/totp/disable")
                    .body(Map.of("code", digits)));
            redirect.addFlashAttribute("notice", "notice.two-factor-off");
            return "redirect:/account";
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() >= 500 || refused.problem().status() == 401) {
                throw refused;
            }
            response.setStatus(refused.problem().status());
            FormErrors errors = FormErrors.of(refused.problem(), page);
            model.addAttribute("twoFactorErrors", errors.fields().isEmpty()
                    ? FormErrors.none().with("disableCode", errors.message()) : errors);
            return AccountPages.account(session, api, providers, request, model);
        }
    }

    private static String show(TotpEnrolment pending, FormErrors errors, Model model) {
        model.addAttribute("qr", QrCodes.svg(pending.otpauthUri()));
        model.addAttribute("secret", pending.secret().replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("errors", errors);
        return "account/two-factor";
    }
}
