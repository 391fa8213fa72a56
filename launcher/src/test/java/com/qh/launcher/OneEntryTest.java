package com.qh.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.platform.catalog.ServiceCatalog;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 24's promise: a new service is one catalog entry (plus its module). An imaginary {@code billing} service
 * added to the shipped catalog reaches the launcher's app list and the gateway's routes, address and public paths.
 */
class OneEntryTest {

    private static final String BILLING = """
              - name: billing
                module: services/billing/billing-service
                main-class: com.qh.billing.BillingApplication
                port: 8099
                routes: [/api/v1/billing/**]
                websockets: [/api/v1/billing/live]
                public-paths: [/api/v1/billing/webhooks/*]
            """;

    private final ServiceCatalog catalog = withBilling();

    @Test
    void launcherStartsTheNewServiceBeforeTheGateway() {
        assertThat(AppCatalog.from(catalog, name -> null)).contains(new AppDefinition("billing",
                Path.of("services/billing/billing-service"), "com.qh.billing.BillingApplication", 8099, false))
                .last().extracting(AppDefinition::name).isEqualTo("gateway");
    }

    @Test
    void gatewayRoutesTheNewServiceAndOpensItsPublicPaths() {
        Map<String, Object> gateway = catalog.propertiesFor("gateway");

        assertThat(gateway).containsEntry("qh.services.billing.url", "http://localhost:8099")
                .containsEntry("qh.gateway.services.billing.paths[0]", "/api/v1/billing/**")
                .containsEntry("qh.gateway.services.billing.websockets[0]", "/api/v1/billing/live")
                .containsValue("/api/v1/billing/webhooks/*");
        assertThat(catalog.propertiesFor("billing"))
                .containsExactly(Map.entry("qh.security.public-paths[0]", "/api/v1/billing/webhooks/*"));
    }

    /** The shipped catalog with billing inserted before the gateway's entry, as a developer would add it. */
    private static ServiceCatalog withBilling() {
        String shipped = yaml();
        int gateway = shipped.indexOf("  - name: gateway");
        return ServiceCatalog.parse(shipped.substring(0, gateway) + BILLING + shipped.substring(gateway));
    }

    private static String yaml() {
        try (var in = ServiceCatalog.class.getClassLoader().getResourceAsStream(ServiceCatalog.RESOURCE)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
