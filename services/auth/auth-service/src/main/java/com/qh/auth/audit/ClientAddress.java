package com.qh.auth.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client behind the current request. Behind the gateway this is the forwarded address: the
 * service runs with {@code server.forward-headers-strategy=native}, which trusts forwarding headers only from
 * internal proxy addresses.
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
}
