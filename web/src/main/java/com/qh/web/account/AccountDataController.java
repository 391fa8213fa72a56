package com.qh.web.account;

import com.qh.web.api.GatewayApi;
import com.qh.web.session.UserSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** One's data to take away: the profile as QH keeps it, or as a JSON Resume other tools read. */
@Controller
class AccountDataController {

    private final GatewayApi api;
    private final UserSession session;

    AccountDataController(GatewayApi api, UserSession session) {
        this.api = api;
        this.session = session;
    }

    @GetMapping("/account/export")
    void export(@RequestParam(defaultValue = "native") String format, HttpServletRequest request,
            HttpServletResponse response) {
        boolean resume = "json-resume".equals(format);
        String path = resume
                ? "/api/v1/profile/export?format=json-resume&language=" + LocaleContextHolder.getLocale().getLanguage()
                : "/api/v1/profile/export?format=native";
        session.download(request, api.call(HttpMethod.GET, path), response,
                resume ? "resume.json" : "qh-profile.json");
    }
}
