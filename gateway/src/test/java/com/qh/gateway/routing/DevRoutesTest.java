package com.qh.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.platform.catalog.ServiceCatalog;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The captured mail of the default run ({@code /api/v1/dev/**}) is routed only with the {@code embedded} profile
 * and never without a token (issue 21, item 1): read from the gateway's own configuration files, as the
 * application reads them.
 */
class DevRoutesTest {

    @Test
    void routesNoDevPathOutsideTheDefaultRun() throws IOException {
        assertThat(routedPaths("application.yml")).noneMatch(path -> path.startsWith("/api/v1/dev"));
    }

    @Test
    void routesTheCapturedMailToNotificationInTheDefaultRun() throws IOException {
        Binder binder = binder("application-embedded.yml", "application.yml");

        assertThat(routedPaths("application-embedded.yml", "application.yml")).contains("/api/v1/dev/**");
        assertThat(binder.bind("qh.services.notification-dev.url", String.class).get())
                .isEqualTo("http://localhost:8085");
    }

    @Test
    void keepsDevPathsBehindATokenEverywhere() throws IOException {
        List<String> open = binder("application-embedded.yml", "application.yml")
                .bind("qh.security.public-paths", Bindable.listOf(String.class)).get();

        assertThat(open).noneMatch(path -> path.startsWith("/api/v1/dev"));
    }

    private static List<String> routedPaths(String... files) throws IOException {
        GatewayProperties gateway = binder(files).bind("qh.gateway", GatewayProperties.class).get();
        List<String> paths = new ArrayList<>();
        gateway.services().values().forEach(service -> paths.addAll(service.paths()));
        return paths;
    }

    // Earlier files win, as a profile's file wins over application.yml.
    private static Binder binder(String... files) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        for (String file : files) {
            for (PropertySource<?> source : new YamlPropertySourceLoader().load(file, new ClassPathResource(file))) {
                environment.getPropertySources().addLast(source);
            }
        }
        // What the starter's CatalogDefaults adds below every file: the routes and public paths of the catalog.
        environment.getPropertySources()
                .addLast(new MapPropertySource("catalog", ServiceCatalog.load().propertiesFor("gateway")));
        return Binder.get(environment);
    }
}
