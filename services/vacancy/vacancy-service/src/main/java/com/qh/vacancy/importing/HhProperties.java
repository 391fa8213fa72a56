package com.qh.vacancy.importing;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The hh.ru API ({@code qh.vacancy.hh.*}).
 *
 * @param baseUrl the API's root ({@code QH_VACANCY_HH_BASE_URL}); tests point it at WireMock
 * @param userAgent sent as {@code HH-User-Agent}, which hh.ru requires: an application name and a contact
 * @param timeout per request
 */
@ConfigurationProperties("qh.vacancy.hh")
public record HhProperties(@DefaultValue("https://api.hh.ru") URI baseUrl,
        @DefaultValue("QH/0.1 (qh-admin@localhost)") String userAgent, @DefaultValue("10s") Duration timeout) {
}
