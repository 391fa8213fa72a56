package com.qh.web.account;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.GatewayApi;
import com.qh.web.session.UserSession;
import com.qh.web.view.FormErrors;
import com.qh.web.view.Page;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.ui.Model;
import tools.jackson.databind.JsonNode;

/** The account page's model, whichever form on it was sent. */
final class AccountPages {

    private AccountPages() {
    }

    /**
     * Adds what the page shows (two-factor on or off, whether there is a password, from auth's {@code /me}) to what
     * the form left.
     */
    static String account(UserSession session, GatewayApi api, OAuthProviders providers, HttpServletRequest request,
            Model model) {
        boolean totp = false;
        boolean password = true;
        try {
            JsonNode me = session.send(request, api.call(HttpMethod.GET, "/api/v1/auth/me")).body();
            totp = me.path("totpEnabled").asBoolean(false);
            password = me.path("hasPassword").asBoolean(true);
        }
        catch (ApiProblemException unavailable) {
            if (unavailable.problem().status() == 401) {
                throw unavailable;
            }
        }
        model.addAttribute("totpEnabled", totp);
        model.addAttribute("hasPassword", password);
        if (!model.containsAttribute("deleteErrors")) {
            model.addAttribute("deleteErrors", FormErrors.none());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        model.addAttribute("providers", providers.list());
        if (!model.containsAttribute("linkErrors")) {
            model.addAttribute("linkErrors", model.getAttribute(OAuthController.PROBLEM) instanceof String slug
                    && model.getAttribute("page") instanceof Page page
                    ? FormErrors.message(page.tOr("problem." + slug, page.t("problem.oauth2-failed")))
                    : FormErrors.none());
        }
        if (!model.containsAttribute("twoFactorErrors")) {
            model.addAttribute("twoFactorErrors", FormErrors.none());
        }
        return "account/account";
    }
}
