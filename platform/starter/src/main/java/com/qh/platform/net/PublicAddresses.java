package com.qh.platform.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Tells public internet addresses from the ones a server-side request must never reach.
 *
 * <p>IPv4: this network (0/8), private networks (10/8, 172.16/12, 192.168/16), carrier-grade NAT (100.64/10,
 * holding Alibaba's metadata address 100.100.100.200), loopback (127/8), link-local (169.254/16, holding the cloud
 * metadata address 169.254.169.254), protocol assignments (192.0.0/24), documentation (192.0.2/24, 198.51.100/24,
 * 203.0.113/24), the 6to4 relay anycast (192.88.99/24), benchmarking (198.18/15), multicast (224/4) and reserved
 * space with broadcast (240/4).
 *
 * <p>IPv6: unspecified and loopback, unique-local (fc00::/7, holding AWS's fd00:ec2::254), link-local
 * (fe80::/10), the old site-local (fec0::/10), multicast (ff00::/8), discard (100::/64), NAT64 (64:ff9b::/96 and
 * 64:ff9b:1::/48, which a NAT64 gateway turns into any IPv4 address, private ones included), the IETF protocol
 * block 2001::/23 (Teredo, benchmarking, ORCHID), documentation (2001:db8::/32, 3fff::/20) and SRv6 (5f00::/16).
 * An IPv6 address that carries an IPv4 address (IPv4-mapped {@code ::ffff:a.b.c.d}, IPv4-compatible
 * {@code ::a.b.c.d}, IPv4-translated {@code ::ffff:0:a.b.c.d}, 6to4 {@code 2002:aabb:ccdd::}) is as public as the
 * IPv4 address it carries.
 */
public final class PublicAddresses {

    private PublicAddresses() {
    }

    /** Whether a request may go to {@code address}. */
    public static boolean isPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(bytes, 0);
        }
        if (address instanceof Inet6Address) {
            return isPublicV6(bytes);
        }
        return false;
    }

    private static boolean isPublicV4(byte[] bytes, int at) {
        int a = bytes[at] & 0xff;
        int b = bytes[at + 1] & 0xff;
        int c = bytes[at + 2] & 0xff;
        return a != 0                                        // 0.0.0.0/8, "this network"
                && a != 10                                   // 10.0.0.0/8
                && !(a == 100 && b >= 64 && b < 128)         // 100.64.0.0/10, carrier-grade NAT
                && a != 127                                  // 127.0.0.0/8, loopback
                && !(a == 169 && b == 254)                   // 169.254.0.0/16, link-local and cloud metadata
                && !(a == 172 && b >= 16 && b < 32)          // 172.16.0.0/12
                && !(a == 192 && b == 0 && (c == 0 || c == 2)) // 192.0.0.0/24 protocol assignments, 192.0.2.0/24
                && !(a == 192 && b == 88 && c == 99)         // 192.88.99.0/24, 6to4 relay anycast
                && !(a == 192 && b == 168)                   // 192.168.0.0/16
                && !(a == 198 && (b == 18 || b == 19))       // 198.18.0.0/15, benchmarking
                && !(a == 198 && b == 51 && c == 100)        // 198.51.100.0/24, documentation
                && !(a == 203 && b == 0 && c == 113)         // 203.0.113.0/24, documentation
                && a < 224;                                  // 224/4 multicast, 240/4 reserved, broadcast
    }

    private static boolean isPublicV6(byte[] bytes) {
        if (zeros(bytes, 0, 10)) {
            int marker = word(bytes, 10);
            if (marker == 0xffff) {
                return isPublicV4(bytes, 12);                // ::ffff:a.b.c.d, IPv4-mapped
            }
            // ::a.b.c.d, IPv4-compatible (deprecated); :: and ::1 fall in 0.0.0.0/8
            return marker == 0 && isPublicV4(bytes, 12);
        }
        if (zeros(bytes, 0, 8) && word(bytes, 8) == 0xffff && word(bytes, 10) == 0) {
            return isPublicV4(bytes, 12);                    // ::ffff:0:a.b.c.d, IPv4-translated
        }
        int first = word(bytes, 0);
        int second = word(bytes, 2);
        if (first == 0x2002) {
            return isPublicV4(bytes, 2);                     // 2002::/16, 6to4 carries its IPv4 address
        }
        return !(first == 0x0064 && second == 0xff9b)        // 64:ff9b::/96 and 64:ff9b:1::/48, NAT64
                && !(first == 0x0100 && zeros(bytes, 2, 6))  // 100::/64, discard
                && !(first == 0x2001 && second < 0x0200)     // 2001::/23, IETF protocol assignments (Teredo, ...)
                && !(first == 0x2001 && second == 0x0db8)    // 2001:db8::/32, documentation
                && !(first == 0x3fff && second < 0x1000) // 3fff::/20, documentation
                && first != 0x5f00                           // 5f00::/16, SRv6 segment identifiers
                && (first & 0xfe00) != 0xfc00                // fc00::/7, unique local
                && (first & 0xffc0) != 0xfe80                // fe80::/10, link-local
                && (first & 0xffc0) != 0xfec0                // fec0::/10, site-local (deprecated)
                && (first & 0xff00) != 0xff00;               // ff00::/8, multicast
    }

    private static int word(byte[] bytes, int at) {
        return (bytes[at] & 0xff) << 8 | bytes[at + 1] & 0xff;
    }

    private static boolean zeros(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
