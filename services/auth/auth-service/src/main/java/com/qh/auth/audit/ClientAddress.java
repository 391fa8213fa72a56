package com.qh.auth.audit;

import com.qh.platform.net.ClientKey;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client behind the current request: the servlet's remote address, which Tomcat's
 * {@code RemoteIpValve} ({@code server.forward-headers-strategy=native}) has already replaced by the forwarded
 * client address when, and only when, the direct peer is a trusted proxy. Forwarding headers are never read here:
 * reading them again would trust any caller that sends one.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** The client's IP address, or {@code "unknown"} outside a request (a scheduled job, a test). */
    public static String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "unknown";
    }

    /**
     * The key per-IP limits count the current client under: its IPv4 address, or for IPv6 its /64 network. One
     * IPv6 subscriber gets at least a /64 and can use any of its 2^64 addresses, so counting single addresses
     * would let them rotate past every limit.
     */
    public static String throttleKey() {
        return throttleKey(current());
    }

    /** {@link #throttleKey()} for a given address; anything that is not an IP literal is its own key. */
    public static String throttleKey(String address) {
        return ClientKey.of(address);
    }
}
