package com.qh.platform.openapi;

import com.qh.platform.security.AuthenticatedUser;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Every service's OpenAPI 3.1 document names the service, declares bearer-token security and points at the
 * server root, so the same document works called directly and through the gateway's single Swagger UI.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
public class OpenApiAutoConfiguration {

    static final String BEARER = "bearerAuth";

    static {
        // Resolved from the verified token, never sent by the client: not a parameter of any operation.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(AuthenticatedUser.class);
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI qhOpenApi(@Value("${spring.application.name:qh}") String application,
            @Value("${qh.openapi.description:}") String description) {
        return new OpenAPI()
                .info(new Info().title("QH " + application + " API").version("v1").description(description)
                        .license(new License().name("Apache-2.0")))
                .addServersItem(new Server().url("/"))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("Access token from POST /api/v1/auth/login")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /**
     * Service-to-service operations ({@code /internal/...}, {@code /api/v1/internal/...}) stay out of the public
     * document: the gateway's Swagger UI shows what a client may call, and a list of internal operations is a map
     * for an attacker.
     */
    @Bean
    OpenApiCustomizer qhHideInternalOperations() {
        return openApi -> {
            if (openApi.getPaths() != null) {
                openApi.getPaths().keySet().removeIf(OpenApiAutoConfiguration::isInternal);
            }
        };
    }

    static boolean isInternal(String path) {
        return path.startsWith("/internal/") || path.contains("/internal/") || path.endsWith("/internal");
    }
}
