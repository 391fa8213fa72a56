package com.qh.platform.messaging;

import com.qh.platform.events.EventType;
import javax.sql.DataSource;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Integration events in and out through the broker. Out: Spring Modulith's JDBC event publication registry is the
 * outbox, and {@link AmqpEventTransport} its relay to the topic exchange. In: {@link EventConsumers}.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration" }, beforeName = {
        "org.springframework.modulith.events.config.EventExternalizationAutoConfiguration" })
@ConditionalOnClass(RabbitTemplate.class)
@ConditionalOnBean(ConnectionFactory.class)
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    @Bean
    Declarables qhEventExchanges(MessagingProperties properties) {
        return new Declarables(new TopicExchange(properties.exchange(), true, false));
    }

    /** Consumers need a database for idempotency; every service has one, the gateway consumes nothing. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean({ DataSource.class, PlatformTransactionManager.class })
    static class ConsumerConfiguration {

        @Bean
        EventConsumers qhEventConsumers(ConfigurableListableBeanFactory beanFactory,
                ConnectionFactory connectionFactory, RabbitTemplate rabbit,
                PlatformTransactionManager transactionManager,
                DataSource dataSource, JsonMapper json, MessagingProperties properties,
                @Value("${spring.application.name}") String application) {
            return new EventConsumers(beanFactory, connectionFactory, rabbit, new TransactionTemplate(transactionManager),
                    new ProcessedEvents(new JdbcTemplate(dataSource)), json, properties, application);
        }
    }

    /** The outbox relay, present where Spring Modulith's event publication registry is. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(DelegatingEventExternalizer.class)
    static class OutboxConfiguration {

        @Bean
        EventExternalizationConfiguration qhEventExternalization(MessagingProperties properties) {
            return EventExternalizationConfiguration.externalizing()
                    .selectAndRoute(EventType.class, (event, type) ->
                            RoutingTarget.forTarget(properties.exchange()).andKey(type.value()))
                    .build();
        }

        @Bean
        DelegatingEventExternalizer qhAmqpEventExternalizer(EventExternalizationConfiguration configuration,
                RabbitTemplate rabbit, JsonMapper json, MessagingProperties properties) {
            AmqpEventTransport transport = new AmqpEventTransport(rabbit, json, properties);
            return new DelegatingEventExternalizer(configuration, transport::send);
        }

        @Bean
        OutboxResubmitter qhOutboxResubmitter(IncompleteEventPublications incomplete, MessagingProperties properties) {
            return new OutboxResubmitter(incomplete, properties.resubmitInterval());
        }
    }
}
