/**
 * The service catalog: {@code qh-services.yaml}, the one place each application of QH is declared, and its loader
 * {@link com.qh.platform.catalog.ServiceCatalog}. Plain Java (SnakeYAML only), so the launcher can read it before any
 * Spring context exists and the starter can read it in an {@code EnvironmentPostProcessor}.
 */
package com.qh.platform.catalog;
