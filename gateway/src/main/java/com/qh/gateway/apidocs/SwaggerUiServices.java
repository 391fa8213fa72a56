package com.qh.gateway.apidocs;

import com.qh.gateway.routing.Backend;
import com.qh.gateway.routing.Backends;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springdoc.core.properties.AbstractSwaggerUiConfigProperties.SwaggerUrl;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Fills the Swagger UI's list of documents from the services list, so that adding a service to
 * {@code qh.gateway.services} is all it takes to see its API here. URLs set explicitly in
 * {@code springdoc.swagger-ui.urls} are kept.
 */
@Component
@ConditionalOnProperty(name = "qh.gateway.api-docs.enabled", havingValue = "true")
class SwaggerUiServices implements InitializingBean {

    private final SwaggerUiConfigProperties swaggerUi;
    private final Backends backends;

    SwaggerUiServices(SwaggerUiConfigProperties swaggerUi, Backends backends) {
        this.swaggerUi = swaggerUi;
        this.backends = backends;
    }

    @Override
    public void afterPropertiesSet() {
        Set<SwaggerUrl> urls = new LinkedHashSet<>();
        if (swaggerUi.getUrls() != null) {
            urls.addAll(swaggerUi.getUrls());
        }
        for (Backend backend : backends.all()) {
            if (backend.apiDocs()) {
                urls.add(new SwaggerUrl(backend.name(), "/v3/api-docs/" + backend.name(), backend.name()));
            }
        }
        swaggerUi.setUrls(urls);
    }
}
