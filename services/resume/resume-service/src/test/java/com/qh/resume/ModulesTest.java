package com.qh.resume;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages under {@code com.qh.resume} as Spring Modulith sees them: no package cycles, and no feature
 * reaching into another one's internal sub-packages. A plain unit test: it reads bytecode, starts no context.
 */
class ModulesTest {

    @Test
    void featurePackagesFormNoCyclesAndUseOnlyEachOthersPublicFace() {
        ApplicationModules.of(ResumeApplication.class).verify();
    }
}
