package com.qh.web.account;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.GatewayApi;
import com.qh.web.session.SignInRequiredException;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a person does to their whole account from its page: sign out on every device, and delete the account
 * (auth asks for the password, the two-factor code, or for an account with neither its e-mail address typed out).
 * Both end this web session too.
 */
@Controller
class SelfServiceController {

    private final GatewayApi api;
    private final UserSession session;
    private final OAuthProviders providers;

    SelfServiceController(GatewayApi api, UserSession session, OAuthProviders providers) {
        this.api = api;
        this.session = session;
        this.providers = providers;
    }

    @PostMapping("/account/sign-out-everywhere")
    String signOutEverywhere(HttpServletRequest request, RedirectAttributes redirect) {
        session.require(request);
        try {
            session.send(request, api.call(HttpMethod.POST, "/api/v1/auth/logout-all"));
        }
        catch (SignInRequiredException alreadyOver) {
            // The session had already ended at auth: nothing is left to sign out.
        }
        session.signOut(request);
        redirect.addFlashAttribute("notice", "notice.signed-out-everywhere");
        return "redirect:/sign-in";
    }

    @PostMapping("/account/delete")
    String delete(@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String totpCode,
            @RequestParam(defaultValue = "") String confirm, HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model, RedirectAttributes redirect) {
        session.require(request);
        Map<String, String> proof = new LinkedHashMap<>();
        if (!password.isEmpty()) {
            proof.put("password", password);
        }
        if (!totpCode.isBlank()) {
            proof.put("totpCode", totpCode.replaceAll("\\s", ""));
        }
        if (!confirm.isBlank()) {
            proof.put("confirm", confirm.strip());
        }
        try {
            session.send(request, api.call(HttpMethod.DELETE, "/api/v1/auth/me").body(proof));
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() >= 500) {
                throw refused;
            }
            response.setStatus(refused.problem().status());
            model.addAttribute("deleteErrors", errorsOf(refused, page));
            model.addAttribute("deleteConfirm", confirm);
            return AccountPages.account(session, api, providers, request, model);
        }
        session.signOut(request);
        redirect.addFlashAttribute("notice", "notice.account-deleted");
        return "redirect:/";
    }

    /** Auth's refusal on the form, in the page's language, each message beside the input it is about. */
    private static FormErrors errorsOf(ApiProblemException refused, Page page) {
        FormErrors errors = FormErrors.of(refused.problem(), page);
        if (refused.problem().is("reauthentication-required")) {
            FormErrors required = FormErrors.message(page.t("account.delete.needs"));
            for (String field : errors.fields().keySet()) {
                required = required.with(field, page.t("form.required"));
            }
            return required;
        }
        if (refused.problem().is("wrong-password")) {
            return errors.with("password", page.t("account.delete.wrong-password"));
        }
        if (refused.problem().is("invalid-totp-code")) {
            return errors.with("totpCode", errors.message());
        }
        if (refused.problem().is("confirmation-mismatch")) {
            return FormErrors.message(errors.message()).with("confirm", errors.message());
        }
        return errors;
    }
}
