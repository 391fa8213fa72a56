package com.qh.platform.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service built on the starter, the way every QH service is, for the starter's own tests. */
@SpringBootApplication
public class SampleApplication {
}
