package com.qh.web;

import com.qh.test.QhServiceTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web app whole, on a random port over embedded PostgreSQL (its sessions), with the gateway's API served by
 * WireMock: one server and one Spring context for every test class that extends this.
 */
@QhServiceTest
abstract class WebAppTestBase {

    static final FakeApi api = new FakeApi().start();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("qh.services.gateway.url", api::url);
    }

    @BeforeEach
    void freshApi() {
        api.reset();
    }

    Browser browser() {
        return new Browser(port);
    }

    /** A browser signed in as Vera, the fake API's user, with a password. */
    Browser signedInVera() {
        api.veraSignsIn(900);
        return signIn();
    }

    /** A browser signed in as Vera when she is an admin. */
    Browser signedInAdmin() {
        api.veraSignsIn(900);
        api.veraIsAdmin();
        return signIn();
    }

    private Browser signIn() {
        Browser browser = browser();
        browser.get("/sign-in");
        browser.post("/sign-in", Map.of("email", "vera@example.org", "password", "correct horse"));
        return browser;
    }
}
