package com.qh.web.document;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.GatewayApi;
import com.qh.web.view.FormErrors;
import com.qh.web.view.Page;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The page a share link opens, for anyone who has it (no account needed). Opening it downloads nothing (mail
 * scanners open links too); the button does, sending the password, when the link has one, in the header the
 * document service asks for, never in an address.
 */
@Controller
@RequestMapping("/shared")
class SharedController {

    private final GatewayApi api;

    SharedController(GatewayApi api) {
        this.api = api;
    }

    @GetMapping("/{token}")
    String page(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("errors", FormErrors.none());
        return "document/shared";
    }

    @PostMapping("/{token}")
    String download(@PathVariable String token, @RequestParam(defaultValue = "") String password,
            HttpServletResponse response, @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        GatewayApi.Call call = api.call(HttpMethod.GET, "/api/v1/documents/shared/"
                + UriUtils.encodePathSegment(token, java.nio.charset.StandardCharsets.UTF_8));
        if (!password.isEmpty()) {
            call.header("X-Share-Password", password);
        }
        try {
            call.download(response);
            return null;
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() >= 500) {
                throw refused;
            }
            response.setStatus(refused.problem().status());
            String slug = refused.problem().slug();
            boolean gone = refused.problem().status() == 404;
            FormErrors errors = FormErrors.message(gone ? page.t("shared.gone")
                    : page.tOr("problem." + slug, page.t("shared.gone")));
            if (slug.equals("share-password-required") || slug.equals("share-password-wrong")) {
                errors = errors.with("password", page.t("problem." + slug));
            }
            model.addAttribute("token", token);
            model.addAttribute("errors", errors);
            model.addAttribute("gone", gone || refused.problem().status() == 410);
            return "document/shared";
        }
    }
}
