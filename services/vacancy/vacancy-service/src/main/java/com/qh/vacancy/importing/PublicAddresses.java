package com.qh.vacancy.importing;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Tells public internet addresses from the ones a server-side fetch must never reach: loopback, private networks,
 * link-local (which holds the cloud metadata address 169.254.169.254), carrier-grade NAT (Alibaba's metadata
 * address 100.100.100.200), unique-local IPv6 (AWS's fd00:ec2::254), multicast, and the reserved ranges.
 */
final class PublicAddresses {

    private PublicAddresses() {
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first != 0                                       // 0.0.0.0/8, "this network"
                    && !(first == 100 && second >= 64 && second < 128) // 100.64.0.0/10, carrier-grade NAT
                    && !(first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // 192.0.0.0/24, protocol assignments
                    && !(first == 198 && (second == 18 || second == 19))     // 198.18.0.0/15, benchmarking
                    && first < 240;                                  // 240.0.0.0/4 reserved, and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 0xff;
            return (first & 0xfe) != 0xfc                            // fc00::/7, unique local
                    && !(first == 0x20 && (bytes[1] & 0xff) == 0x01 && (bytes[2] & 0xff) == 0x0d
                            && (bytes[3] & 0xff) == 0xb8);           // 2001:db8::/32, documentation
        }
        return false;
    }
}
