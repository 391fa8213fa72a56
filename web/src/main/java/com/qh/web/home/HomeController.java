package com.qh.web.home;

import com.qh.web.session.UserSession;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where {@code /} leads: the tracker is what a job seeker comes back for. */
@Controller
class HomeController {

    private final UserSession session;

    HomeController(UserSession session) {
        this.session = session;
    }

    @GetMapping("/")
    String home(HttpServletRequest request) {
        return session.current(request).isPresent() ? "redirect:/vacancies" : "redirect:/sign-in";
    }
}
