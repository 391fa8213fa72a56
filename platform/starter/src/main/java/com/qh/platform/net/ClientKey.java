package com.qh.platform.net;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * What one client's per-IP buckets are keyed by: an IPv4 address as it is, an IPv6 address by its /64 network. One
 * IPv6 subscriber is given at least a /64 and may use any of its 2^64 addresses, so keying single addresses would
 * let it rotate past every limit.
 */
public final class ClientKey {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private ClientKey() {
    }

    /** The key for a remote address as the servlet reports it; anything that is not an IP literal is its own key. */
    public static String of(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        String literal = address.startsWith("[") && address.endsWith("]")
                ? address.substring(1, address.length() - 1)
                : address;
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (!IP_LITERAL.matcher(literal).matches()) {
            return address;
        }
        try {
            // A literal (checked above): parsed without any name lookup.
            InetAddress parsed = InetAddress.getByName(literal);
            if (!(parsed instanceof Inet6Address)) {
                // An IPv4-mapped address (::ffff:192.0.2.1) is the IPv4 client it maps.
                return parsed.getHostAddress();
            }
            byte[] network = Arrays.copyOf(parsed.getAddress(), 16);
            Arrays.fill(network, 8, 16, (byte) 0);
            return InetAddress.getByAddress(network).getHostAddress() + "/64";
        }
        catch (UnknownHostException notALiteral) {
            return address;
        }
    }
}
