package com.qh.vacancy.client;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service follows the vacancy service's taxonomy releases.
 *
 * @param enabled whether it follows them at all; off, it reads with the shipped taxonomy only
 * @param refresh how often it asks the vacancy service for the release in use, besides at start: a release event
 *     reaches one replica of a service (the replicas share its queue), and a vacancy service that did not answer at
 *     start is asked again
 * @param deadline how long one such call may take (the one at start too: it is made in the background)
 */
@ConfigurationProperties("qh.skills.releases")
public record SkillReleaseProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1m") Duration refresh,
        @DefaultValue("3s") Duration deadline) {
}
