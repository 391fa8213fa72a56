package com.qh.notification.delivery;

import com.qh.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mail the default run captured instead of sending, so a newcomer can open the verification link without a
 * mail server. Exists only with the {@code embedded} profile, the launcher's, which is also what turns capture on
 * ({@code application-embedded.yaml}); elsewhere the path is a 404, even with {@code email-provider=capture}.
 *
 * <p>Administrators only: captured mail holds every user's verification and password-reset links, so reading it is
 * taking over their accounts. Being on the same machine proves nothing (a reverse proxy on the host makes every
 * caller local); without a token the answer is 401, with a non-admin token 403.
 */
@RestController
@Profile(DevMailController.DEFAULT_RUN_PROFILE)
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Captured mail (default run only, administrators)")
class DevMailController {

    /** The profile the launcher turns on for every app of the default run. */
    static final String DEFAULT_RUN_PROFILE = "embedded";

    private final JdbcTemplate jdbc;

    DevMailController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/v1/dev/mail")
    @Operation(summary = "List captured mail, newest first")
    List<CapturedMail> list(@Parameter(description = "only mail to this address") @RequestParam(required = false)
            String to, @RequestParam(defaultValue = "50") int limit) {
        int rows = Math.max(1, Math.min(limit, 500));
        return to == null
                ? jdbc.query(SELECT + " order by captured_at desc limit ?", CapturedMail::of, rows)
                : jdbc.query(SELECT + " where lower(recipient) = lower(?) order by captured_at desc limit ?",
                        CapturedMail::of, to, rows);
    }

    @GetMapping("/api/v1/dev/mail/{id}")
    @Operation(summary = "Read one captured mail")
    CapturedMail one(@PathVariable UUID id) {
        return jdbc.query(SELECT + " where id = ?", CapturedMail::of, id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("No captured mail " + id + "."));
    }

    private static final String SELECT = "select id, recipient, subject, text_body, html_body, headers, captured_at "
            + "from captured_mail";

    /** A captured e-mail. */
    record CapturedMail(UUID id, String to, String subject, String text, String html, String headers,
            Instant capturedAt) {

        static CapturedMail of(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
            return new CapturedMail(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant());
        }
    }
}
