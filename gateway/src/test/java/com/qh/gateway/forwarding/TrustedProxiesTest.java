package com.qh.gateway.forwarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void trustsAddressesInsideTheRangesOnly() {
        ForwardedHeadersValve valve = new ForwardedHeadersValve(
                new TrustedProxies(List.of("10.0.0.0/8", " ::1/128 ", "")));

        assertThat(valve.isTrusted("10.200.3.4")).isTrue();
        assertThat(valve.isTrusted("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(valve.isTrusted("11.0.0.1")).isFalse();
        assertThat(valve.isTrusted("192.168.1.1")).as("a private address outside the list").isFalse();
        assertThat(valve.isTrusted("localhost")).as("never a name").isFalse();
    }

    @Test
    void trustsNobodyByDefault() {
        ForwardedHeadersValve valve = new ForwardedHeadersValve(new TrustedProxies(List.of()));

        assertThat(valve.isTrusted("127.0.0.1")).isFalse();
        assertThat(valve.isTrusted("10.0.0.1")).isFalse();
    }

    @Test
    void refusesAnEntryWithoutPrefixLengthWhichTomcatWouldReadAsARegularExpression() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TrustedProxies(List.of("10.0.0.1")))
                .withMessageContaining("10.0.0.1");
        assertThatIllegalArgumentException().isThrownBy(() -> new TrustedProxies(List.of("proxy.example/32")));
    }
}
