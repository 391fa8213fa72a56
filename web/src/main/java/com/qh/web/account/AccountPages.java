package com.qh.web.account;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.GatewayApi;
import com.qh.web.session.UserSession;
import com.qh.web.view.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.ui.Model;

/** The account page's model, whichever form on it was sent. */
final class AccountPages {

    private AccountPages() {
    }

    /** Adds what the page shows (two-factor on or off, from auth's {@code /me}) to what the form left. */
    static String account(UserSession session, GatewayApi api, HttpServletRequest request, Model model) {
        boolean totp = false;
        try {
            totp = session.send(request, api.call(HttpMethod.GET, "/api/v1/auth/me")).body().path("totpEnabled")
                    .asBoolean(false);
        }
        catch (ApiProblemException unavailable) {
            if (unavailable.problem().status() == 401) {
                throw unavailable;
            }
        }
        model.addAttribute("totpEnabled", totp);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        if (!model.containsAttribute("twoFactorErrors")) {
            model.addAttribute("twoFactorErrors", FormErrors.none());
        }
        return "account/account";
    }
}
