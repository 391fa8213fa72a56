package com.qh.profile.profile;

import com.qh.platform.web.FieldViolation;
import com.qh.platform.web.QhException;
import com.qh.platform.web.UnprocessableException;
import com.qh.profile.api.ProfileUpdated;
import com.qh.profile.model.Language;
import com.qh.profile.model.Personal;
import com.qh.profile.model.Profile;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and changes profiles. Every change names the version it was made against, is validated as a whole,
 * gets its phone number normalised, is stored with the next version and announced as {@code profile.updated.v1}
 * in the same transaction.
 */
@Service
public class Profiles {

    private final StoredProfiles stored;
    private final JsonMapper json;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final ProfileProperties properties;
    private final Clock clock;
    private final PhoneNumbers phones = new PhoneNumbers();

    Profiles(StoredProfiles stored, JsonMapper json, Validator validator, ApplicationEventPublisher events,
            ProfileProperties properties, Clock clock) {
        this.stored = stored;
        this.json = json;
        this.validator = validator;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** The user's profile; an empty one at version 0 when nothing is stored yet. */
    @Transactional(readOnly = true)
    public ProfileSnapshot read(UUID userId) {
        return stored.findById(userId).map(this::snapshot)
                .orElseGet(() -> new ProfileSnapshot(Profile.empty(Language.EN), 0, null));
    }

    /** The profile's current version (0 while nothing is stored), read alone. */
    @Transactional(readOnly = true)
    public long version(UUID userId) {
        return stored.findVersion(userId).orElse(0L);
    }

    /**
     * Applies {@code change} to the profile at {@code expectedVersion}.
     *
     * @param sections what the change touches, for the event
     * @throws com.qh.platform.web.QhException 412 when the profile is no longer at {@code expectedVersion}
     * @throws ConstraintViolationException when the result breaks a rule (400 with field errors)
     */
    @Transactional
    public ProfileSnapshot change(UUID userId, long expectedVersion, List<String> sections,
            UnaryOperator<Profile> change) {
        Instant now = clock.instant();
        Optional<StoredProfile> existing = stored.findForUpdate(userId);
        long current = existing.map(StoredProfile::version).orElse(0L);
        if (current != expectedVersion) {
            throw Versions.stale(current);
        }
        Profile before = existing.map(row -> snapshot(row).profile()).orElseGet(() -> Profile.empty(Language.EN));
        Profile after = normalised(change.apply(before).withIdsAssigned());
        validate(after);
        StoredProfile row = existing.orElseGet(() -> new StoredProfile(userId, now));
        Profile content = after.withPersonal(Personal.empty());
        String personal = json.writeValueAsString(after.personal());
        String rest = json.writeValueAsString(content);
        if (personal.contains("\\u0000") || rest.contains("\\u0000")) {
            // Personal data is stored encrypted, so PostgreSQL would not refuse a NUL there: refuse it here alike.
            throw new QhException(HttpStatus.BAD_REQUEST, "unstorable-text", "Text that cannot be stored",
                    "A text you sent contains a character that cannot be stored, such as the NUL character (U+0000). "
                            + "Remove it and send again.");
        }
        row.store(after.primaryLanguage().code(), personal, rest, now);
        try {
            stored.saveAndFlush(row);
        }
        catch (DataIntegrityViolationException failed) {
            if (!isUniqueViolation(failed)) {
                // A value PostgreSQL cannot store (a NUL character, say): the starter answers it as the client's 400.
                throw failed;
            }
            // Two first writes at once: the other one created the row.
            throw Versions.stale(1);
        }
        events.publishEvent(new ProfileUpdated(UUID.randomUUID(), now, userId, row.version(), List.copyOf(sections)));
        return new ProfileSnapshot(after, row.version(), now);
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Removes the user's profile; nothing of it is kept. */
    @Transactional
    public boolean erase(UUID userId) {
        if (!stored.existsById(userId)) {
            return false;
        }
        stored.deleteById(userId);
        return true;
    }

    /** Checks an entry or section on its own, so that errors name its own fields rather than the profile's. */
    public <T> void validate(T value) {
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private ProfileSnapshot snapshot(StoredProfile row) {
        Profile content = json.readValue(row.content(), Profile.class);
        Personal personal = json.readValue(row.personal(), Personal.class);
        return new ProfileSnapshot(content.withPersonal(personal), row.version(), row.updatedAt());
    }

    private Profile normalised(Profile profile) {
        Personal personal = profile.personal();
        if (personal.contacts() == null || personal.contacts().phone() == null
                || personal.contacts().phone().isBlank()) {
            return profile;
        }
        String region = personal.location() != null && personal.location().countryCode() != null
                ? personal.location().countryCode() : properties.defaultPhoneRegion();
        String phone = phones.normalise(personal.contacts().phone(), region)
                .orElseThrow(() -> new UnprocessableException("invalid-phone",
                        "The phone number '" + personal.contacts().phone() + "' is not a valid number; write it "
                                + "with its country code, e.g. +7 916 123-45-67.",
                        List.of(new FieldViolation("personal.contacts.phone", "is not a valid phone number"))));
        return profile.withPersonal(new Personal(personal.firstName(), personal.middleName(), personal.lastName(),
                personal.headline(), personal.birthDate(), personal.image(), personal.website(),
                personal.contacts().withPhone(phone), personal.location(), personal.links(), personal.citizenship(),
                personal.workPermits(), personal.desiredPosition(), personal.desiredSalary(),
                personal.employmentTypes(), personal.schedules()));
    }
}
