package com.qh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapWatchTest {

    // As JDK 25's jstat -gc prints it for G1 (sizes in KiB).
    private static final String HEADER = "    S0C         S1C         S0U         S1U          EC           EU"
            + "           OC           OU          MC         MU       CCSC      CCSU     YGC     YGCT     FGC"
            + "    FGCT     CGC    CGCT       GCT   ";
    private static final String LINE = "        0.0      2048.0         0.0      2048.0      40960.0      12288.0"
            + "      55296.0      30720.5     71552.0    70312.3    9088.0    8530.1     17     0.093     2"
            + "     0.120     10     0.011     0.224";

    @Test
    void addsSurvivorsEdenAndOldGenerationForTheHeapInUse() {
        assertThat(HeapWatch.used(HEADER, LINE)).hasValue(2048.0 + 12288.0 + 30720.5);
        assertThat(HeapWatch.column(HEADER, LINE, "YGC")).hasValue(17);
    }

    @Test
    void ignoresTheHeaderAndLinesThatDoNotFitIt() {
        assertThat(HeapWatch.used(HEADER, HEADER)).isEmpty();
        assertThat(HeapWatch.used(HEADER, "12345 not attached")).isEmpty();
    }

    @Test
    void readsADashAsNothing() {
        String line = LINE.replaceFirst("0\\.0", "-");

        assertThat(HeapWatch.used(HEADER, line)).hasValue(2048.0 + 12288.0 + 30720.5);
    }

    @Test
    void namesATargetAndItsProcess() {
        assertThat(HeapWatch.Target.parse("document=4242")).isEqualTo(new HeapWatch.Target("document", 4242));
    }
}
