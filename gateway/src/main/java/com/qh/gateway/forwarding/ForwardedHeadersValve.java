package com.qh.gateway.forwarding;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * Runs before Tomcat's {@code RemoteIpValve} and decides what it, and everything after it, may believe about the
 * client.
 * <ul>
 * <li>From a peer that is not a trusted proxy, every forwarding header ({@code Forwarded}, {@code X-Forwarded-*},
 * {@code X-Real-IP}) is removed: the client is the peer, and nothing it claims reaches the rate limits, the logs or
 * the services (which trust the gateway's forwarding headers).</li>
 * <li>From a trusted proxy that sent RFC 7239 {@code Forwarded} and no {@code X-Forwarded-For}, the header is
 * translated into {@code X-Forwarded-For}/{@code -Proto}/{@code -Host}, which {@code RemoteIpValve} then applies as
 * it would had the proxy sent them. A proxy that sent {@code X-Forwarded-For} is taken at those headers, and its
 * {@code Forwarded} (which it may merely have passed on from the client) is dropped.</li>
 * </ul>
 * {@code Forwarded} never goes further than this valve (the proxy does not pass it on either): the services read
 * only {@code X-Forwarded-*}, and Spring Cloud Gateway's handling of it, when the gateway still used that, failed on
 * elements without {@code for=} (a 500 for {@code Forwarded: proto=https}).
 */
final class ForwardedHeadersValve extends ValveBase {

    static final String FORWARDED = "Forwarded";
    static final String X_FORWARDED_FOR = "X-Forwarded-For";
    static final String X_FORWARDED_PROTO = "X-Forwarded-Proto";
    static final String X_FORWARDED_HOST = "X-Forwarded-Host";

    private static final List<String> FORWARDING_HEADERS = List.of(FORWARDED, X_FORWARDED_FOR, X_FORWARDED_PROTO,
            X_FORWARDED_HOST, "X-Forwarded-Port", "X-Forwarded-Prefix", "X-Forwarded-Server", "X-Forwarded-By",
            "X-Forwarded-Ssl", "X-Real-IP");

    // What a host (with an optional port) may look like; anything else would be injected into links and redirects.
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?");

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private final List<NetMask> trusted;

    ForwardedHeadersValve(TrustedProxies proxies) {
        super(true);
        this.trusted = proxies.masks();
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        MimeHeaders headers = request.getCoyoteRequest().getMimeHeaders();
        if (!isTrusted(request.getRemoteAddr())) {
            FORWARDING_HEADERS.forEach(headers::removeHeader);
        }
        else if (headers.getHeader(FORWARDED) != null) {
            if (headers.getHeader(X_FORWARDED_FOR) == null) {
                translate(Collections.list(headers.values(FORWARDED)), headers);
            }
            headers.removeHeader(FORWARDED);
        }
        getNext().invoke(request, response);
    }

    boolean isTrusted(String peer) {
        if (trusted.isEmpty() || peer == null || !IP_LITERAL.matcher(peer).matches()) {
            return false;
        }
        try {
            // A literal (checked above), so no name is looked up.
            InetAddress address = InetAddress.getByName(peer);
            return trusted.stream().anyMatch(mask -> mask.matches(address));
        }
        catch (UnknownHostException e) {
            return false;
        }
    }

    /*
     * Each proxy appends one element describing the request it received: from whom (for), over what (proto), for
     * which host. Like RemoteIpValve with X-Forwarded-For, the client is the last "for" that is not a trusted proxy,
     * and the proto and host of that element are what the client used.
     */
    private void translate(List<String> values, MimeHeaders headers) {
        List<ForwardedElement> elements = ForwardedElement.parseAll(String.join(",", values));
        if (elements.isEmpty()) {
            return;
        }
        List<String> chain = new ArrayList<>();
        for (ForwardedElement element : elements) {
            String node = element.forAddress();
            if (node != null) {
                chain.add(node);
            }
        }
        ForwardedElement client = elements.get(0);
        for (int i = elements.size() - 1; i >= 0; i--) {
            String node = elements.get(i).forAddress();
            if (node == null || !isTrusted(node)) {
                client = elements.get(i);
                break;
            }
        }
        if (!chain.isEmpty()) {
            headers.setValue(X_FORWARDED_FOR).setString(String.join(", ", chain));
        }
        String proto = client.get("proto");
        if (proto != null && (proto.equalsIgnoreCase("http") || proto.equalsIgnoreCase("https"))) {
            headers.setValue(X_FORWARDED_PROTO).setString(proto.toLowerCase(Locale.ROOT));
        }
        String host = client.get("host");
        if (host != null && HOST.matcher(host).matches()) {
            headers.setValue(X_FORWARDED_HOST).setString(host);
        }
    }
}
