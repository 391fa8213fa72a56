package com.qh.auth.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.auth.audit.ClientAddress;
import org.junit.jupiter.api.Test;

/** Per-IP limits count an IPv6 client by its /64 (issue 21, item 10). */
class ClientThrottleKeyTest {

    @Test
    void keysIpv6AddressesByTheirSlash64() {
        String key = ClientAddress.throttleKey("2001:db8:1:2::1");

        assertThat(ClientAddress.throttleKey("2001:db8:1:2:ffff:ffff:ffff:ffff")).isEqualTo(key);
        assertThat(ClientAddress.throttleKey("[2001:0DB8:0001:0002:0000:0000:0000:0099]")).isEqualTo(key);
        assertThat(ClientAddress.throttleKey("2001:db8:1:3::1")).isNotEqualTo(key);
        assertThat(key).endsWith("/64");
    }

    @Test
    void keysIpv4AndMappedIpv4ByTheWholeAddress() {
        assertThat(ClientAddress.throttleKey("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.throttleKey("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.throttleKey("203.0.113.8")).isNotEqualTo("203.0.113.7");
    }

    @Test
    void leavesAnythingElseAsItIs() {
        assertThat(ClientAddress.throttleKey("unknown")).isEqualTo("unknown");
        assertThat(ClientAddress.throttleKey("fe80::1%eth0")).isEqualTo(ClientAddress.throttleKey("fe80::2"));
        assertThat(ClientAddress.throttleKey("not:an:address:host.example")).isEqualTo("not:an:address:host.example");
    }
}
