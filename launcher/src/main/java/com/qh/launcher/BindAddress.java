package com.qh.launcher;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The address the gateway of the default run listens on ({@code QH_BIND_ADDRESS}): an IP literal, never a host name,
 * so that what the operator wrote is exactly what is opened (a name could resolve to anything, or to nothing).
 */
final class BindAddress {

    private BindAddress() {
    }

    /** {@code address} if it is an IPv4 or IPv6 literal; otherwise an {@link IllegalArgumentException}. */
    static String parse(String address) {
        String literal = address.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        boolean looksLiteral = literal.matches("[0-9.]+") || literal.contains(":");
        if (!looksLiteral) {
            throw new IllegalArgumentException("QH_BIND_ADDRESS must be an IP address such as 127.0.0.1 or 0.0.0.0, "
                    + "not a host name: " + address);
        }
        try {
            // A literal is parsed, never looked up.
            InetAddress.getByName(literal);
        }
        catch (UnknownHostException e) {
            throw new IllegalArgumentException("QH_BIND_ADDRESS is not an IP address: " + address, e);
        }
        return literal;
    }

    /** Whether an application listening on {@code address} is reached at {@code localhost}. */
    static boolean isLoopbackOrWildcard(String address) {
        try {
            InetAddress parsed = InetAddress.getByName(address);
            return parsed.isLoopbackAddress() || parsed.isAnyLocalAddress();
        }
        catch (UnknownHostException e) {
            return false;
        }
    }
}
