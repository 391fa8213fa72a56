package com.qh.web.admin;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.GatewayApi;
import com.qh.web.session.UserSession;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Accounts named by id in what a service keeps (an audit event's actor, a job's owner, who ran an import) shown by
 * their address, as auth's admin API gives it. One page asks once per account.
 */
@Component
class UserAddresses {

    private final GatewayApi api;
    private final UserSession session;

    UserAddresses(GatewayApi api, UserSession session) {
        this.api = api;
        this.session = session;
    }

    /** A lookup for one page: each account asked for once. */
    Lookup forPage(HttpServletRequest request) {
        Map<String, String> known = new HashMap<>();
        return id -> id == null || id.isEmpty() ? "" : known.computeIfAbsent(id, key -> addressOf(request, key));
    }

    /** The address of the account with an id; the id shortened where the account is gone. */
    @FunctionalInterface
    interface Lookup {
        String addressOf(String id);
    }

    private String addressOf(HttpServletRequest request, String id) {
        try {
            String email = session.send(request, api.call(HttpMethod.GET, "/api/v1/auth/admin/users/" + id)).body()
                    .path("email").asString("");
            return email.isEmpty() ? shortened(id) : email;
        }
        catch (ApiProblemException gone) {
            if (gone.problem().status() != 404 && gone.problem().status() != 400) {
                throw gone;
            }
            return shortened(id);
        }
    }

    private static String shortened(String id) {
        return id.substring(0, Math.min(8, id.length())) + "…";
    }
}
