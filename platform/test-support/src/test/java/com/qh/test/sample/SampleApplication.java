package com.qh.test.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A stand-in for a service: JDBC, AMQP and a web server, nothing of its own. */
@SpringBootApplication
public class SampleApplication {
}
