package com.qh.platform.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientKeyTest {

    @Test
    void keysAnIpv4ClientByItsAddress() {
        assertThat(ClientKey.of("203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void keysEveryAddressOfAnIpv6Slash64Alike() {
        assertThat(ClientKey.of("2001:db8:77:1::1"))
                .isEqualTo(ClientKey.of("2001:db8:77:1:ffff:ffff:ffff:fffe"))
                .isEqualTo(ClientKey.of("[2001:db8:77:1:abcd::3]"))
                .isEqualTo("2001:db8:77:1:0:0:0:0/64");
        assertThat(ClientKey.of("2001:db8:77:2::1")).isNotEqualTo(ClientKey.of("2001:db8:77:1::1"));
    }

    @Test
    void keysAnIpv4MappedAddressAsTheIpv4Client() {
        assertThat(ClientKey.of("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
    }

    @Test
    void leavesAnythingThatIsNotAnAddressAsItIs() {
        assertThat(ClientKey.of("unknown")).isEqualTo("unknown");
        assertThat(ClientKey.of("_hidden:x")).isEqualTo("_hidden:x");
    }
}
