package com.qh.web.admin;

import com.qh.web.view.Page;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * A user in the admin list.
 *
 * @param id the account id
 * @param name the display name
 * @param email the address
 * @param admin whether the account has the ADMIN role
 * @param enabled whether it may sign in
 * @param verified whether the address is confirmed
 * @param created when the account was made, formatted
 */
public record UserRow(String id, String name, String email, boolean admin, boolean enabled, boolean verified,
        String created) {

    static UserRow of(JsonNode user, Page page) {
        boolean admin = false;
        for (JsonNode role : user.path("roles")) {
            admin |= "ADMIN".equals(role.asString());
        }
        String created = user.path("createdAt").asString("");
        return new UserRow(user.path("id").asString(), user.path("displayName").asString(""),
                user.path("email").asString(""), admin, user.path("enabled").asBoolean(true),
                user.path("emailVerified").asBoolean(false), created.isEmpty() ? "" : page.date(Instant.parse(created)));
    }
}
