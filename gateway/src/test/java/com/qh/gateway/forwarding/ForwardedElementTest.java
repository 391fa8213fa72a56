package com.qh.gateway.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForwardedElementTest {

    @Test
    void readsEveryElementAndItsParametersInOrder() {
        List<ForwardedElement> elements = ForwardedElement.parseAll(
                "for=192.0.2.60;proto=https;host=qh.example.org, For=\"[2001:db8:cafe::17]:4711\"");

        assertThat(elements).hasSize(2);
        assertThat(elements.get(0).forAddress()).isEqualTo("192.0.2.60");
        assertThat(elements.get(0).get("proto")).isEqualTo("https");
        assertThat(elements.get(0).get("host")).isEqualTo("qh.example.org");
        assertThat(elements.get(1).forAddress()).isEqualTo("2001:db8:cafe::17");
    }

    @Test
    void dropsThePortOfAnIpv4Node() {
        assertThat(ForwardedElement.parseAll("for=\"192.0.2.43:47011\"").get(0).forAddress()).isEqualTo("192.0.2.43");
    }

    @Test
    void hasNoClientWithoutFor() {
        assertThat(ForwardedElement.parseAll("proto=https").get(0).forAddress()).isNull();
    }

    @Test
    void treatsAMalformedHeaderAsNone() {
        assertThat(ForwardedElement.parseAll("for=\"unterminated")).isEmpty();
        assertThat(ForwardedElement.parseAll("no-equals-sign")).isEmpty();
        assertThat(ForwardedElement.parseAll("for=192.0.2.1;for=192.0.2.2")).isEmpty();
        assertThat(ForwardedElement.parseAll("fo r=1")).isEmpty();
        assertThat(ForwardedElement.parseAll("host=\"a\u0001b\"")).isEmpty();
    }
}
