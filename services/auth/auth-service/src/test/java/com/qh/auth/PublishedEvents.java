package com.qh.auth;

import com.qh.platform.events.IntegrationEvent;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/** Every integration event the service published in this context, in order, as the outbox received them. */
public class PublishedEvents {

    private final List<IntegrationEvent> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(IntegrationEvent event) {
        events.add(event);
    }

    public <E extends IntegrationEvent> Optional<E> last(Class<E> type, Predicate<E> matching) {
        List<E> found = events.stream().filter(type::isInstance).map(type::cast).filter(matching).toList();
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    public <E extends IntegrationEvent> long count(Class<E> type, Predicate<E> matching) {
        return events.stream().filter(type::isInstance).map(type::cast).filter(matching).count();
    }

    /** Import this into a test to get a {@link PublishedEvents} bean. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Capture {

        @Bean
        PublishedEvents publishedEvents() {
            return new PublishedEvents();
        }
    }
}
