package com.qh.web.account;

import com.qh.web.api.GatewayApi;
import com.qh.web.session.UserSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One's data to take away: everything QH keeps as one ZIP ({@link DataExport}), or the profile alone as QH keeps it
 * or as a JSON Resume other tools read.
 */
@Controller
class AccountDataController {

    private final GatewayApi api;
    private final UserSession session;
    private final DataExport everything;
    private final Clock clock;

    AccountDataController(GatewayApi api, UserSession session, DataExport everything, Clock clock) {
        this.api = api;
        this.session = session;
        this.everything = everything;
        this.clock = clock;
    }

    @GetMapping("/account/export/all")
    void exportEverything(HttpServletRequest request, HttpServletResponse response) throws IOException {
        session.require(request);
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("qh-data-" + LocalDate.now(clock) + ".zip").build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        everything.write(request, LocaleContextHolder.getLocale().getLanguage(), response.getOutputStream());
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
