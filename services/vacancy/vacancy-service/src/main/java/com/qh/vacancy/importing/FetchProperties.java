package com.qh.vacancy.importing;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How job pages are fetched ({@code qh.vacancy.fetch.*}).
 *
 * @param allowedHosts hosts whose addresses are not vetted: empty by default; tests and a default run that
 *        serves pages from loopback name {@code 127.0.0.1} here ({@code QH_VACANCY_FETCH_ALLOWED_HOSTS})
 * @param timeout the whole fetch, redirects and body included
 * @param maxSize the largest page read
 * @param maxRedirects redirects followed, each one vetted again
 * @param userAgent what the fetcher calls itself
 */
@ConfigurationProperties("qh.vacancy.fetch")
record FetchProperties(@DefaultValue List<String> allowedHosts, @DefaultValue("10s") Duration timeout,
        @DefaultValue("2MB") DataSize maxSize, @DefaultValue("5") int maxRedirects,
        @DefaultValue("Mozilla/5.0 (compatible; QH vacancy import; +https://github.com/qh)") String userAgent) {
}
