package com.qh.launcher;

import com.qh.platform.catalog.ServiceCatalog;
import com.qh.platform.catalog.ServiceEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The applications the launcher starts, in the catalog's order: every entry of the service catalog
 * ({@code platform/catalog}, {@code qh-services.yaml}), with ports such as {@code ${QH_HTTP_PORT:8080}} resolved from
 * a system property or environment variable. Adding a service to the default run is adding its catalog entry.
 */
public final class AppCatalog {

    /** Where the list comes from, for messages. */
    public static final String RESOURCE = ServiceCatalog.RESOURCE;

    private AppCatalog() {
    }

    /** The applications of the shipped catalog, with ports resolved from the environment. */
    public static List<AppDefinition> load() {
        return from(ServiceCatalog.load(), LaunchSettings::setting);
    }

    /**
     * The applications of {@code catalog}; {@code lookup} gives the value of a variable named in a port, or
     * {@code null} when unset.
     */
    public static List<AppDefinition> from(ServiceCatalog catalog, UnaryOperator<String> lookup) {
        List<AppDefinition> apps = catalog.services().stream().map(service -> definition(service, lookup)).toList();
        List<Integer> fixedPorts = apps.stream().map(AppDefinition::port).filter(port -> port != 0).toList();
        if (fixedPorts.stream().distinct().count() != fixedPorts.size()) {
            throw new IllegalArgumentException("Two apps have the same port: " + fixedPorts);
        }
        return apps;
    }

    private static AppDefinition definition(ServiceEntry service, UnaryOperator<String> lookup) {
        return new AppDefinition(service.name(), Path.of(service.module()), service.mainClass(),
                service.port(lookup), service.edge());
    }
}
