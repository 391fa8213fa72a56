package com.qh.platform.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceCatalogTest {

    private static final String TWO_APPS = """
            services:
              - name: auth
                module: services/auth/auth-service
                main-class: com.qh.auth.AuthApplication
                port: 8081
                routes: [/api/v1/auth/**]
                public-paths: [/api/v1/auth/login, /internal/v1/auth/service-token]
              - name: gateway
                module: gateway
                main-class: com.qh.gateway.GatewayApplication
                port: ${QH_HTTP_PORT:8080}
                edge: true
                public-paths: [/, /assets/**]
            """;

    @Test
    void readsEntriesInOrderWithDefaults() {
        ServiceCatalog catalog = ServiceCatalog.parse(TWO_APPS);

        assertThat(catalog.services()).extracting(ServiceEntry::name).containsExactly("auth", "gateway");
        ServiceEntry auth = catalog.find("auth").orElseThrow();
        assertThat(auth.database()).isTrue();
        assertThat(auth.apiDocs()).isTrue();
        assertThat(auth.resources()).isEqualTo(Resources.DEFAULT);
        assertThat(catalog.edge()).hasValueSatisfying(edge -> assertThat(edge.database()).isFalse());
    }

    @Test
    void resolvesAPortVariableOrItsDefault() {
        ServiceEntry gateway = ServiceCatalog.parse(TWO_APPS).edge().orElseThrow();

        assertThat(gateway.defaultPort()).isEqualTo(8080);
        assertThat(gateway.port(Map.of("QH_HTTP_PORT", "9000")::get)).isEqualTo(9000);
    }

    @Test
    void givesAServiceItsOwnPublicPaths() {
        assertThat(ServiceCatalog.parse(TWO_APPS).propertiesFor("auth")).containsExactly(
                Map.entry("qh.security.public-paths[0]", "/api/v1/auth/login"),
                Map.entry("qh.security.public-paths[1]", "/internal/v1/auth/service-token"));
    }

    @Test
    void givesTheGatewayRoutesAddressesAndEveryPublicPathButInternalOnes() {
        Map<String, Object> gateway = ServiceCatalog.parse(TWO_APPS).propertiesFor("gateway");

        assertThat(gateway).containsEntry("qh.services.auth.url", "http://localhost:8081")
                .containsEntry("qh.gateway.services.auth.paths[0]", "/api/v1/auth/**")
                .containsEntry("qh.gateway.services.auth.api-docs", "true")
                .containsEntry("qh.security.public-paths[0]", "/")
                .containsEntry("qh.security.public-paths[1]", "/assets/**")
                .containsEntry("qh.security.public-paths[2]", "/api/v1/auth/login")
                .doesNotContainValue("/internal/v1/auth/service-token");
    }

    @Test
    void tellsTheGatewayWhichServiceTakesEveryOtherPath() {
        ServiceCatalog catalog = ServiceCatalog.parse(TWO_APPS.replace("  - name: gateway", String.join("\n",
                "  - name: web", "    module: web", "    main-class: com.qh.web.WebApplication", "    port: 8087",
                "    api-docs: false", "    fallback: true", "  - name: gateway")));

        assertThat(catalog.find("web")).hasValueSatisfying(web -> assertThat(web.fallback()).isTrue());
        assertThat(catalog.find("auth")).hasValueSatisfying(auth -> assertThat(auth.fallback()).isFalse());
        assertThat(catalog.propertiesFor("gateway")).containsEntry("qh.gateway.services.web.fallback", "true")
                .containsEntry("qh.services.web.url", "http://localhost:8087")
                .doesNotContainKey("qh.gateway.services.web.paths[0]")
                .doesNotContainKey("qh.gateway.services.auth.fallback");
    }

    @Test
    void refusesTwoFallbacks() {
        assertThatThrownBy(() -> ServiceCatalog.parse(TWO_APPS.replace("port: 8081", "port: 8081\n    fallback: true")
                .replace("edge: true", "edge: false\n    fallback: true")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Only one service");
    }

    @Test
    void givesAnUnknownApplicationNothing() {
        assertThat(ServiceCatalog.parse(TWO_APPS).propertiesFor("billing")).isEmpty();
    }

    @Test
    void shipsEveryServiceBehindTheGatewayWithAuthsResendPublic() {
        ServiceCatalog catalog = ServiceCatalog.load();

        assertThat(catalog.edge()).hasValueSatisfying(edge -> assertThat(edge.name()).isEqualTo("gateway"));
        assertThat(catalog.backends()).allSatisfy(service -> assertThat(service.routes().isEmpty())
                .as("%s has routes or takes the rest", service.name()).isEqualTo(service.fallback()));
        assertThat(catalog.backends()).filteredOn(ServiceEntry::fallback).extracting(ServiceEntry::name)
                .containsExactly("web");
        assertThat(catalog.gatewayPublicPaths()).contains("/api/v1/auth/verify-email/resend")
                .doesNotContain("/internal/v1/auth/service-token");
    }

    @Test
    void refusesAnEntryWithMissingParts() {
        assertThatThrownBy(() -> ServiceCatalog.parse("""
                services:
                  - name: auth
                    module: services/auth/auth-service
                    port: 8081
                """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Service 1 (auth)")
                .hasMessageContaining("main-class");
    }

    @Test
    void refusesAMisspeltKey() {
        assertThatThrownBy(() -> ServiceCatalog.parse(TWO_APPS.replace("public-paths: [/, /assets/**]",
                "public-path: [/]"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("public-path");
    }

    @Test
    void refusesTwoServicesOnOnePort() {
        assertThatThrownBy(() -> ServiceCatalog.parse(TWO_APPS.replace("${QH_HTTP_PORT:8080}", "8081")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same port");
    }

    @Test
    void refusesTwoEdges() {
        assertThatThrownBy(() -> ServiceCatalog.parse(TWO_APPS.replace("port: 8081", "port: 8081\n    edge: true")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("edge");
    }

    @Test
    void refusesANameThatCannotNameADatabase() {
        assertThatThrownBy(() -> ServiceCatalog.parse(TWO_APPS.replace("name: auth", "name: Auth-Service")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("identifier");
    }

    @Test
    void refusesAPortThatIsNotANumber() {
        assertThatThrownBy(() -> ServiceCatalog.parse(TWO_APPS.replace("8081", "eighty")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a number");
    }
}
