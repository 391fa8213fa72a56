package com.qh.profile.erasure;

import com.qh.auth.api.UserDeleted;
import com.qh.platform.messaging.IntegrationEventHandler;
import com.qh.profile.profile.Profiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Erases a deleted account's profile ({@code user.deleted.v1}). */
@Component
class ProfileErasure implements IntegrationEventHandler<UserDeleted> {

    private static final Logger log = LoggerFactory.getLogger(ProfileErasure.class);

    private final Profiles profiles;

    ProfileErasure(Profiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public Class<UserDeleted> eventClass() {
        return UserDeleted.class;
    }

    @Override
    public void handle(UserDeleted event) {
        if (profiles.erase(event.userId())) {
            log.info("Erased the profile of deleted user {}", event.userId());
        }
    }
}
