package com.qh.notification.preference;

import com.qh.notification.push.PushSubscriptions;
import com.qh.notification.template.Channel;
import com.qh.platform.security.AuthenticatedUser;
import com.qh.platform.web.FieldViolation;
import com.qh.platform.web.UnprocessableException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's notification settings: per category and channel, and the phone for text messages. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notification preferences", description = "What you receive, per category (security, account, "
        + "vacancies, ...) and channel (e-mail, in-app, SMS, Web Push).")
class PreferenceController {

    private final Preferences preferences;
    private final Contacts contacts;
    private final PhoneVerifications verifications;
    private final PushSubscriptions push;

    PreferenceController(Preferences preferences, Contacts contacts, PhoneVerifications verifications,
            PushSubscriptions push) {
        this.preferences = preferences;
        this.contacts = contacts;
        this.verifications = verifications;
        this.push = push;
    }

    @GetMapping("/preferences")
    @Operation(summary = "Your notification settings", description = "Every category with each channel on or off; "
            + "locked ones (security e-mail and in-app) cannot be turned off.")
    Settings read(AuthenticatedUser user) {
        return settings(user);
    }

    @PutMapping("/preferences")
    @Operation(summary = "Change notification settings", description = "Only the listed category and channel pairs "
            + "change.")
    Settings change(AuthenticatedUser user, @Valid @RequestBody Changes changes) {
        List<FieldViolation> problems = new ArrayList<>();
        for (int i = 0; i < changes.preferences().size(); i++) {
            Change change = changes.preferences().get(i);
            if (!preferences.known(change.category())) {
                problems.add(new FieldViolation("preferences[" + i + "].category", "is not one of "
                        + preferences.categories()));
            } else if (!change.enabled() && preferences.locked(change.category(), change.channel())) {
                problems.add(new FieldViolation("preferences[" + i + "].enabled", change.category() + " "
                        + change.channel() + " messages cannot be turned off"));
            }
        }
        if (!problems.isEmpty()) {
            throw new UnprocessableException("preference-not-allowed", "Some settings cannot be made.", problems);
        }
        changes.preferences().forEach(c -> preferences.set(user.id(), c.category(), c.channel(), c.enabled()));
        return settings(user);
    }

    @PutMapping("/phone")
    @Operation(summary = "Set the phone for text messages", description = "In E.164, such as +79161234567. A "
            + "6-digit code is texted to it (valid 10 minutes); no other text goes to the number until the code is "
            + "confirmed at POST /phone/verify. Codes are limited per user and per number (429). Text messages are "
            + "off until you turn them on for a category.")
    Settings phone(AuthenticatedUser user, @Valid @RequestBody Phone phone) {
        verifications.start(user.id(), phone.phone());
        return settings(user);
    }

    @PostMapping("/phone/verify")
    @Operation(summary = "Confirm the phone with the texted code", description = "A wrong code is a 422 with the "
            + "tries left; after 5 wrong tries, or 10 minutes, the code stops working and the phone must be set "
            + "again.")
    Settings verifyPhone(AuthenticatedUser user, @Valid @RequestBody Code code) {
        verifications.confirm(user.id(), code.code());
        return settings(user);
    }

    @DeleteMapping("/phone")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Forget the phone; no more text messages")
    void forgetPhone(AuthenticatedUser user) {
        verifications.forget(user.id());
    }

    private Settings settings(AuthenticatedUser user) {
        List<CategorySettings> categories = new ArrayList<>();
        preferences.all(user.id()).forEach((category, channels) -> categories.add(new CategorySettings(category,
                preferences.locked(category, Channel.EMAIL), channels)));
        Contacts.Contact contact = contacts.find(user.id()).orElse(null);
        return new Settings(categories, contact == null ? null : contact.phone(),
                contact != null && contact.phone() != null && contact.phoneVerified(), push.of(user.id()).size());
    }

    /**
     * Your settings: categories with their channels, the phone and whether it is verified (only a verified phone
     * gets texts), and how many browsers get Web Push.
     */
    record Settings(List<CategorySettings> categories, String phone, boolean phoneVerified, int pushSubscriptions) {
    }

    record CategorySettings(String category, boolean mandatory, Map<Channel, Boolean> channels) {
    }

    @Schema(example = """
            {"preferences": [{"category": "vacancies", "channel": "EMAIL", "enabled": false},
                             {"category": "security", "channel": "SMS", "enabled": true}]}""")
    record Changes(@NotNull @Size(min = 1, max = 100) List<@NotNull @Valid Change> preferences) {
    }

    record Change(@NotBlank String category, @NotNull Channel channel, boolean enabled) {
    }

    record Code(@NotBlank @Pattern(regexp = "[0-9]{6}", message = "must be the 6 digits texted to you") String code) {
    }

    record Phone(@NotBlank @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be in E.164, such as +79161234567")
            String phone) {
    }
}
