package com.qh.platform.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicAddressesTest {

    @Test
    void letsPublicAddressesThrough() throws Exception {
        for (String address : List.of("93.184.215.14", "8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.1",
                "172.32.0.1", "198.20.0.1", "223.255.255.254", "2606:4700::6810:85e5", "2a00:1450:4001::200e",
                "2002:5db8:d70e::1", "::ffff:8.8.8.8")) {
            assertThat(PublicAddresses.isPublic(InetAddress.getByName(address))).as(address).isTrue();
        }
    }

    @Test
    void refusesLoopbackPrivateMetadataAndReservedIpv4() throws Exception {
        for (String address : List.of("127.0.0.1", "127.255.255.254", "10.1.2.3", "172.16.0.1", "172.31.255.255",
                "192.168.0.1", "169.254.169.254", "100.64.0.1", "100.100.100.200", "100.127.255.255", "0.0.0.0",
                "0.1.2.3", "192.0.0.8", "192.0.0.170", "192.0.2.1", "198.51.100.7", "203.0.113.9", "192.88.99.1",
                "198.18.0.1", "198.19.255.255", "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255")) {
            assertThat(PublicAddresses.isPublic(InetAddress.getByName(address))).as(address).isFalse();
        }
    }

    @Test
    void refusesLocalNat64AndReservedIpv6() throws Exception {
        for (String address : List.of("::", "::1", "fe80::1", "febf::1", "fec0::1", "fc00::1", "fd00:ec2::254",
                "ff02::1", "ff05::1:3", "64:ff9b::a9fe:a9fe", "64:ff9b::808:808", "64:ff9b:1::1", "100::1",
                "2001::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001:2::1", "2001:db8::1", "3fff::1",
                "5f00::1")) {
            assertThat(PublicAddresses.isPublic(InetAddress.getByName(address))).as(address).isFalse();
        }
    }

    @Test
    void judgesAnIpv6AddressThatCarriesAnIpv4AddressByThatAddress() throws Exception {
        // getByName turns ::ffff:a.b.c.d into an Inet4Address; a resolver may hand over the IPv6 form itself.
        for (String carried : List.of("127.0.0.1", "10.0.0.1", "169.254.169.254", "100.64.0.1", "0.0.0.0")) {
            byte[] v4 = InetAddress.getByName(carried).getAddress();
            assertThat(PublicAddresses.isPublic(v6(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, v4))).as("mapped " + carried)
                    .isFalse();
            assertThat(PublicAddresses.isPublic(v6(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, v4))).as("compatible " + carried)
                    .isFalse();
            assertThat(PublicAddresses.isPublic(v6(0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0, v4)))
                    .as("translated " + carried).isFalse();
            assertThat(PublicAddresses.isPublic(InetAddress.getByName(String.format("2002:%02x%02x:%02x%02x::1",
                    v4[0], v4[1], v4[2], v4[3])))).as("6to4 " + carried).isFalse();
        }
        byte[] google = InetAddress.getByName("8.8.8.8").getAddress();
        assertThat(PublicAddresses.isPublic(v6(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, google))).isTrue();
    }

    private static InetAddress v6(int b0, int b1, int b2, int b3, int b4, int b5, int b6, int b7, int b8, int b9,
            int b10, int b11, byte[] v4) throws Exception {
        byte[] bytes = {(byte) b0, (byte) b1, (byte) b2, (byte) b3, (byte) b4, (byte) b5, (byte) b6, (byte) b7,
                (byte) b8, (byte) b9, (byte) b10, (byte) b11, v4[0], v4[1], v4[2], v4[3]};
        // Inet6Address.getByAddress keeps the IPv6 form; InetAddress.getByAddress would unwrap a mapped address.
        return Inet6Address.getByAddress(null, bytes, -1);
    }
}
