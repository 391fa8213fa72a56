package com.qh.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppCatalogTest {

    private static final String TWO_APPS = """
            # name  module  main class  port  [edge]
            auth      services/auth/auth-service   com.qh.auth.AuthApplication         8081

            gateway   gateway                      com.qh.gateway.GatewayApplication   ${QH_HTTP_PORT:8080}   edge
            """;

    @Test
    void readsOneAppPerLineSkippingCommentsAndBlanks() {
        List<AppDefinition> apps = AppCatalog.parse(TWO_APPS, name -> null);

        assertThat(apps).containsExactly(
                new AppDefinition("auth", Path.of("services/auth/auth-service"), "com.qh.auth.AuthApplication", 8081,
                        false),
                new AppDefinition("gateway", Path.of("gateway"), "com.qh.gateway.GatewayApplication", 8080, true));
    }

    @Test
    void takesPortFromEnvironmentWhenSet() {
        List<AppDefinition> apps = AppCatalog.parse(TWO_APPS, Map.of("QH_HTTP_PORT", "9090")::get);

        assertThat(apps.get(1).port()).isEqualTo(9090);
        assertThat(apps.get(1).url()).isEqualTo("http://localhost:9090");
    }

    @Test
    void shipsAuthAndGatewayWithGatewayAsEdge() {
        List<AppDefinition> apps = AppCatalog.load();

        assertThat(apps).extracting(AppDefinition::name).startsWith("auth").endsWith("gateway");
        assertThat(apps).filteredOn(AppDefinition::edge).extracting(AppDefinition::mainClass)
                .containsExactly("com.qh.gateway.GatewayApplication");
    }

    @Test
    void rejectsLineWithMissingParts() {
        assertThatThrownBy(() -> AppCatalog.parse("auth services/auth com.qh.auth.AuthApplication", name -> null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Line 1");
    }

    @Test
    void rejectsUnknownFlag() {
        assertThatThrownBy(() -> AppCatalog.parse("auth services/auth com.qh.auth.AuthApplication 8081 gateway",
                name -> null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsTwoAppsOnOnePort() {
        String clash = """
                auth     services/auth/auth-service         com.qh.auth.AuthApplication         8081
                profile  services/profile/profile-service   com.qh.profile.ProfileApplication   8081
                """;

        assertThatThrownBy(() -> AppCatalog.parse(clash, name -> null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same port");
    }

    @Test
    void rejectsNameThatCannotNameDatabase() {
        assertThatThrownBy(() -> AppCatalog.parse("Auth-Service services/auth com.qh.auth.AuthApplication 8081",
                name -> null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("identifier");
    }
}
