package com.qh.notification.configured;

import com.qh.notification.dispatch.Notifier;
import com.qh.platform.messaging.IntegrationEventHandler;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * One consumer per event type configured under {@code qh.notification.events.<type>}:
 *
 * <pre>
 * qh.notification.events:
 *   "[vacancy.saved.v1]":
 *     user-field: userId              # the field naming the user (default userId)
 *     link: /vacancies/{{vacancyId}}  # where in-app and push messages lead
 * </pre>
 *
 * The event type's templates ({@code templates/<type>/<channel>.<lang>.tpl}, or an admin's) are filled with the
 * event's fields; lists are joined with commas. Its category comes from {@code qh.notification.preferences}.
 */
@Configuration(proxyBeanMethods = false)
class ConfiguredEvents {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.]+)\\s*}}");

    /** How to notify about one configured event type. */
    record Rule(String userField, String link) {

        Rule {
            userField = userField == null || userField.isBlank() ? "userId" : userField;
        }
    }

    @Bean
    static BeanDefinitionRegistryPostProcessor configuredEventHandlers() {
        return new Registrar();
    }

    /** Reads the configuration early and registers a handler bean per event type. */
    static final class Registrar implements BeanDefinitionRegistryPostProcessor, EnvironmentAware {

        private Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
            Map<String, Rule> rules = Binder.get(environment)
                    .bind("qh.notification.events", Bindable.mapOf(String.class, Rule.class)).orElse(Map.of());
            rules.forEach((type, rule) -> {
                RootBeanDefinition definition = new RootBeanDefinition(Handler.class);
                definition.setAutowireMode(RootBeanDefinition.AUTOWIRE_CONSTRUCTOR);
                definition.getConstructorArgumentValues().addIndexedArgumentValue(0, type);
                definition.getConstructorArgumentValues().addIndexedArgumentValue(1, rule);
                registry.registerBeanDefinition("configuredEventHandler." + type, definition);
            });
        }
    }

    /** The consumer of one configured event type. */
    static final class Handler implements IntegrationEventHandler<ConfiguredEvent> {

        private final String type;
        private final Rule rule;
        private final ObjectProvider<Notifier> notifier;

        Handler(String type, Rule rule, ObjectProvider<Notifier> notifier) {
            this.type = type;
            this.rule = rule;
            this.notifier = notifier;
        }

        @Override
        public Class<ConfiguredEvent> eventClass() {
            return ConfiguredEvent.class;
        }

        @Override
        public String eventType() {
            return type;
        }

        @Override
        public void handle(ConfiguredEvent event) {
            Object user = event.fields().get(rule.userField());
            if (user == null) {
                throw new IllegalArgumentException(type + " " + event.eventId() + " has no " + rule.userField());
            }
            Map<String, String> values = values(event.fields());
            notifier.getObject().notify(new Notifier.Notice(event.eventId(), type, UUID.fromString(user.toString()),
                    null, null, values, rule.link() == null ? null : fill(rule.link(), values)));
        }

        static Map<String, String> values(Map<String, Object> fields) {
            Map<String, String> values = new LinkedHashMap<>();
            fields.forEach((name, value) -> {
                if (value instanceof Collection<?> list) {
                    values.put(name, list.stream().map(String::valueOf).collect(Collectors.joining(", ")));
                } else if (value != null && !(value instanceof Map<?, ?>)) {
                    values.put(name, value.toString());
                }
            });
            return values;
        }

        static String fill(String text, Map<String, String> values) {
            Matcher matcher = PLACEHOLDER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(out, Matcher.quoteReplacement(
                        java.net.URLEncoder.encode(values.getOrDefault(matcher.group(1), ""),
                                java.nio.charset.StandardCharsets.UTF_8)));
            }
            return matcher.appendTail(out).toString();
        }
    }
}
