package com.qh.web.home;

import com.qh.web.session.UserSession;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Where {@code /} leads: the tracker is what a job seeker comes back for. */
@Controller
class HomeController {

    private final UserSession session;

    HomeController(UserSession session) {
        this.session = session;
    }

    /** A one-time notice sent here (the account is deleted) goes on to the page this leads to. */
    @GetMapping("/")
    String home(HttpServletRequest request, RedirectAttributes redirect) {
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        if (flash != null && flash.get("notice") instanceof String notice) {
            redirect.addFlashAttribute("notice", notice);
        }
        return session.current(request).isPresent() ? "redirect:/vacancies" : "redirect:/sign-in";
    }
}
