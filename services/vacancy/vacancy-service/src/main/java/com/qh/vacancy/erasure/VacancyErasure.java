package com.qh.vacancy.erasure;

import com.qh.auth.api.UserDeleted;
import com.qh.platform.messaging.IntegrationEventHandler;
import com.qh.vacancy.vacancy.Vacancies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Removes every vacancy, and with them the tracker history, of a deleted account. */
@Component
class VacancyErasure implements IntegrationEventHandler<UserDeleted> {

    private static final Logger log = LoggerFactory.getLogger(VacancyErasure.class);

    private final Vacancies vacancies;

    VacancyErasure(Vacancies vacancies) {
        this.vacancies = vacancies;
    }

    @Override
    public Class<UserDeleted> eventClass() {
        return UserDeleted.class;
    }

    @Override
    public void handle(UserDeleted event) {
        int erased = vacancies.erase(event.userId());
        if (erased > 0) {
            log.info("Erased {} vacancies of deleted user {}", erased, event.userId());
        }
    }
}
