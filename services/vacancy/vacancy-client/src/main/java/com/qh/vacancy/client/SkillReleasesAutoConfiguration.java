package com.qh.vacancy.client;

import com.qh.platform.grpc.ServiceChannels;
import com.qh.skills.SkillsInUse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

/**
 * The skills taxonomy and graph in use ({@link SkillsInUse}) for a service that reads skills, following the vacancy
 * service's taxonomy releases unless {@code qh.skills.releases.enabled=false}. Features read {@link SkillsInUse} at
 * use time, or make what they build from it per release ({@link SkillsInUse#perRelease}).
 */
@AutoConfiguration(afterName = "com.qh.platform.grpc.GrpcAutoConfiguration")
@EnableConfigurationProperties(SkillReleaseProperties.class)
public class SkillReleasesAutoConfiguration {

    /** The service that makes the releases, as the service catalog names it. */
    static final String VACANCY = "vacancy";

    @Bean
    @ConditionalOnMissingBean
    SkillsInUse skillsInUse() {
        return SkillsInUse.shipped();
    }

    @Bean
    @ConditionalOnProperty(name = "qh.skills.releases.enabled", matchIfMissing = true)
    SkillReleases qhSkillReleases(SkillsInUse skills, ObjectProvider<ServiceChannels> channels,
            ApplicationEventPublisher events, SkillReleaseProperties properties) {
        return new SkillReleases(skills, () -> {
            ServiceChannels available = channels.getIfAvailable();
            if (available == null) {
                throw new IllegalStateException("no gRPC channels: the service has no service token "
                        + "(qh.services.auth.url) to call the vacancy service with");
            }
            return available.forService(VACANCY);
        }, events, properties);
    }
}
