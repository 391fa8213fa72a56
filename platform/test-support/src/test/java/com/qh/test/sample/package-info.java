/** A minimal application for the test support's own tests to run as if it were a service. */
package com.qh.test.sample;
