package com.qh.platform.catalog;

import java.util.Objects;

/**
 * What one replica asks of Kubernetes: requests and limits in the API's own quantity syntax.
 *
 * @param cpu requested CPU ({@code 250m})
 * @param memory requested memory ({@code 768Mi})
 * @param cpuLimit CPU limit ({@code "2"})
 * @param memoryLimit memory limit ({@code 1Gi})
 */
public record Resources(String cpu, String memory, String cpuLimit, String memoryLimit) {

    /** What a service gets unless its entry says otherwise: enough for a Spring Boot service with Hibernate. */
    public static final Resources DEFAULT = new Resources("250m", "768Mi", "2", "1Gi");

    /** Requires every part. */
    public Resources {
        Objects.requireNonNull(cpu, "cpu");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(cpuLimit, "cpu-limit");
        Objects.requireNonNull(memoryLimit, "memory-limit");
    }
}
