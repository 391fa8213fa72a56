package com.qh.notification.push;

import com.qh.platform.net.BlockedAddressException;
import com.qh.platform.net.PublicAddressResolver;
import com.qh.platform.web.FieldViolation;
import com.qh.platform.web.QhException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * Which push endpoints the server may post to. A browser's endpoint is a URL the user hands us and the server then
 * requests, so it is an SSRF path: it must be https on port 443 (every browser's push service is) and every
 * address of its host must be public. The rules are checked when a browser registers (a 400 problem) and again
 * before each send; the addresses are vetted once more by {@link PublicAddressResolver} inside the sender's HTTP
 * client, when it connects, so a name that changed its answer since registration (DNS rebinding) reaches nothing.
 */
final class PushEndpoints {

    private final PublicAddressResolver resolver;
    private final boolean allowInsecure;

    PushEndpoints(PublicAddressResolver resolver, boolean allowInsecure) {
        this.resolver = resolver;
        this.allowInsecure = allowInsecure;
    }

    /** The endpoint as a URI, if it may be registered: the rules of {@link #checkForm} and a public host now. */
    URI vet(String endpoint) {
        URI uri = checkForm(endpoint);
        try {
            resolver.resolve(uri.getHost());
        } catch (BlockedAddressException e) {
            throw invalid("must be a push service on the public internet");
        } catch (UnknownHostException e) {
            throw invalid("names a host that does not resolve");
        }
        return uri;
    }

    /** The endpoint as a URI, if its form allows a post: absolute https to port 443, no user info. */
    URI checkForm(String endpoint) {
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException | NullPointerException e) {
            throw invalid("is not a URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw invalid("must be an https URL of a push service");
        }
        if (allowInsecure) {
            return uri;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https")) {
            throw invalid("must be an https URL of a push service");
        }
        if (uri.getPort() != -1 && uri.getPort() != 443) {
            throw invalid("must use port 443");
        }
        return uri;
    }

    /** The client's resolver: the connect-time check. */
    PublicAddressResolver resolver() {
        return resolver;
    }

    private static QhException invalid(String why) {
        return new QhException(HttpStatus.BAD_REQUEST, "invalid-push-endpoint", "Invalid push endpoint",
                "The push endpoint " + why + ".").with("errors", List.of(new FieldViolation("endpoint", why)));
    }
}
