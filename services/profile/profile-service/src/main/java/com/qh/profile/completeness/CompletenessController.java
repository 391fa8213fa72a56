package com.qh.profile.completeness;

import com.qh.platform.security.AuthenticatedUser;
import com.qh.profile.profile.Profiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The completeness report of the signed-in user's profile. */
@RestController
@Tag(name = "Profile")
class CompletenessController {

    private final Profiles profiles;

    CompletenessController(Profiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/api/v1/profile/completeness")
    @Operation(summary = "Report what is missing or weak",
            description = "A score from 0 to 100 and findings such as an experience entry without achievements, "
                    + "a short summary or fewer than five skills, each with advice.")
    Completeness.Report completeness(AuthenticatedUser user) {
        return Completeness.of(profiles.read(user.id()).profile());
    }
}
