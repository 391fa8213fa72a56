package com.qh.platform.persistence;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * Creates the platform's own tables (the outbox's event publication table, processed events) before a service's
 * migrations run. They have their own Flyway history table, so platform and service versions never collide and a
 * service's first migration is simply {@code V1}.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration")
@ConditionalOnClass(Flyway.class)
public class PersistenceAutoConfiguration {

    /** Location of the platform's migrations inside this starter. */
    public static final String PLATFORM_MIGRATIONS = "classpath:db/qh-platform";

    @Bean
    @ConditionalOnMissingBean
    FlywayMigrationStrategy qhFlywayMigrationStrategy() {
        return serviceFlyway -> {
            Flyway.configure(serviceFlyway.getConfiguration().getClassLoader())
                    .dataSource(serviceFlyway.getConfiguration().getDataSource())
                    .schemas(serviceFlyway.getConfiguration().getSchemas())
                    .locations(PLATFORM_MIGRATIONS)
                    .table("qh_platform_schema_history")
                    .load()
                    .migrate();
            serviceFlyway.migrate();
        };
    }
}
