package com.qh.vacancy.importing;

import com.qh.platform.net.BlockedAddressException;
import com.qh.platform.net.PublicAddressResolver;
import com.qh.platform.web.QhException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Fetches a page a user named, without letting the link reach inside our network (SSRF).
 *
 * <p>Only http and https; every address a host name resolves to must be public (the starter's
 * {@link com.qh.platform.net.PublicAddresses}). The check sits in the HTTP client's DNS resolver
 * ({@link PublicAddressResolver}), so the address vetted is the address connected to: a name that resolves
 * to a public address when checked and a private one when connecting (DNS rebinding) cannot slip through. Redirects
 * are followed by hand, at most {@code maxRedirects}, each target vetted the same way. The whole fetch has one
 * deadline; bodies stop at {@code maxSize}; only HTML and JSON are read. Hosts in {@code allowedHosts} skip the
 * address check (loopback fixtures in tests).
 */
@Component
class SafeFetcher implements DisposableBean {

    /** A fetched page: where it ended up, its media type and charset, and its bytes. */
    record Page(URI url, String mediaType, Charset charset, byte[] body) {

        boolean isJson() {
            return mediaType.contains("json");
        }
    }

    private static final Set<String> READABLE = Set.of("text/html", "application/xhtml+xml", "application/json",
            "application/ld+json", "text/plain");

    private final FetchProperties properties;
    private final PublicAddressResolver resolver;
    private final CloseableHttpClient http;

    SafeFetcher(FetchProperties properties) {
        this.properties = properties;
        this.resolver = new PublicAddressResolver(properties.allowedHosts());
        Timeout timeout = Timeout.of(properties.timeout());
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(resolver)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout)
                                .setSocketTimeout(timeout).setTimeToLive(Timeout.ofMinutes(1)).build())
                        .setMaxConnTotal(50).setMaxConnPerRoute(5)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(properties.userAgent())
                .build();
    }

    /**
     * The page at {@code url}.
     *
     * @throws QhException with a problem the user can act on: blocked address, unreachable, refused, too many
     *         redirects, too large, or not HTML/JSON
     */
    Page fetch(URI url) {
        long deadline = System.nanoTime() + properties.timeout().toNanos();
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            vet(current);
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw FetchFailure.unreachable(current.getHost(), "it took longer than "
                        + properties.timeout().toSeconds() + " s");
            }
            HttpGet get = new HttpGet(current);
            get.setConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(Duration.ofNanos(left)))
                    .setConnectionRequestTimeout(Timeout.of(Duration.ofNanos(left))).build());
            get.setHeader("Accept", "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.1");
            get.setHeader("Accept-Language", "ru,en;q=0.8");
            URI from = current;
            Object outcome;
            try {
                outcome = http.execute(get, response -> {
                    int status = response.getCode();
                    if (status >= 300 && status < 400) {
                        Header location = response.getFirstHeader("Location");
                        if (location == null) {
                            throw FetchFailure.answered(from.getHost(), status);
                        }
                        try {
                            return from.resolve(location.getValue().strip());
                        }
                        catch (IllegalArgumentException malformed) {
                            throw FetchFailure.answered(from.getHost(), status);
                        }
                    }
                    if (status != 200) {
                        throw FetchFailure.answered(from.getHost(), status);
                    }
                    return read(from, response.getEntity(), deadline);
                });
            } catch (QhException e) {
                throw e;
            } catch (IOException e) {
                throw translate(current.getHost(), e);
            }
            if (outcome instanceof Page page) {
                return page;
            }
            if (redirects >= properties.maxRedirects()) {
                throw FetchFailure.tooManyRedirects(properties.maxRedirects());
            }
            current = (URI) outcome;
        }
    }

    private Page read(URI url, HttpEntity entity, long deadline) throws IOException {
        ContentType type = entity == null ? null : ContentType.parseLenient(entity.getContentType());
        String mediaType = type == null ? null : type.getMimeType().toLowerCase(Locale.ROOT);
        if (mediaType == null || !READABLE.contains(mediaType)) {
            throw FetchFailure.unsupportedContent(mediaType);
        }
        long limit = properties.maxSize().toBytes();
        if (entity.getContentLength() > limit) {
            throw FetchFailure.tooLarge(limit);
        }
        try (InputStream in = entity.getContent()) {
            byte[] buffer = new byte[8192];
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            int read;
            while ((read = in.read(buffer)) != -1) {
                body.write(buffer, 0, read);
                if (body.size() > limit) {
                    throw FetchFailure.tooLarge(limit);
                }
                if (System.nanoTime() > deadline) {
                    throw FetchFailure.unreachable(url.getHost(), "it took longer than "
                            + properties.timeout().toSeconds() + " s");
                }
            }
            return new Page(url, mediaType, type.getCharset(), body.toByteArray());
        }
    }

    /** Scheme and host first, and the addresses now, for a clear error before any connection is tried. */
    private void vet(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new QhException(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT, "unsupported-scheme",
                    "Link not supported", "Only http and https links can be imported, not '" + scheme + "'.");
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            throw new QhException(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT, "invalid-url",
                    "Invalid link", "The link has no host name.");
        }
        try {
            resolver.resolve(url.getHost());
        } catch (BlockedAddressException e) {
            throw FetchFailure.blocked(url.getHost());
        } catch (UnknownHostException e) {
            throw FetchFailure.unknownHost(url.getHost());
        }
    }

    private static QhException translate(String host, IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BlockedAddressException) {
                return FetchFailure.blocked(host);
            }
            if (cause instanceof UnknownHostException) {
                return FetchFailure.unknownHost(host);
            }
            if (cause instanceof InterruptedIOException) {
                return FetchFailure.unreachable(host, "it did not answer in time");
            }
        }
        return FetchFailure.unreachable(host, "the connection failed");
    }

    @Override
    public void destroy() throws IOException {
        http.close();
    }
}
