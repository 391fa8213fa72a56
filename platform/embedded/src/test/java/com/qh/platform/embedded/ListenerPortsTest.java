package com.qh.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class ListenerPortsTest {

    @Test
    void keepsClearOfTheLinuxDefaultEphemeralRange() {
        assertThat(ListenerPorts.outside(20000, 32767, new int[] {32768, 60999}))
                .isEqualTo(new ListenerPorts(20000, 32767));
        assertThat(ListenerPorts.outside(20000, 32767, null)).isEqualTo(new ListenerPorts(20000, 32767));
    }

    @Test
    void takesThePartBelowOrAboveAWidenedEphemeralRange() {
        assertThat(ListenerPorts.outside(20000, 32767, new int[] {25000, 60999}))
                .isEqualTo(new ListenerPorts(20000, 24999));
        assertThat(ListenerPorts.outside(20000, 32767, new int[] {10000, 29999}))
                .isEqualTo(new ListenerPorts(30000, 32767));
        assertThat(ListenerPorts.outside(20000, 32767, new int[] {1024, 65535}).candidates()).isEmpty();
    }

    @Test
    void offersDistinctCandidatesInsideTheRange() {
        assertThat(new ListenerPorts(30000, 30049).candidates()).hasSize(50).doesNotHaveDuplicates()
                .allMatch(port -> port >= 30000 && port <= 30049);
        assertThat(new ListenerPorts(20000, 32767).candidates()).hasSize(200).doesNotHaveDuplicates();
    }

    @Test
    void bindsAFreePortNoOutgoingConnectionCanHave() throws Exception {
        ListenerPorts range = ListenerPorts.system();
        // A machine that gave every port to outgoing connections falls back to the system's choice.
        assumeTrue(range.high() >= range.low(), "no room outside the ephemeral range here");
        InetAddress loopback = InetAddress.getLoopbackAddress();

        try (ServerSocket first = ListenerPorts.bindFree(loopback);
                ServerSocket second = ListenerPorts.bindFree(loopback)) {
            assertThat(first.getLocalPort()).isBetween(range.low(), range.high())
                    .isNotEqualTo(second.getLocalPort());
            assertThat(second.getLocalPort()).isBetween(range.low(), range.high());
        }
    }
}
