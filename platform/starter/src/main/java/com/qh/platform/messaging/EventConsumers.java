package com.qh.platform.messaging;

import com.qh.platform.events.IntegrationEvent;
import com.qh.platform.web.CorrelationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.config.RetryInterceptorBuilder;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;
import org.springframework.amqp.rabbit.retry.RepublishMessageRecovererWithConfirms;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires every {@link IntegrationEventHandler} bean to the broker: a durable queue
 * {@code <application>.<consumer>} bound to the event type, a dead-letter queue {@code <queue>.dlq} beside it,
 * and a listener that retries with backoff and handles each event id once.
 *
 * <p>Parking is done by the consumer, not by broker dead-lettering: the message is republished to the DLQ with
 * the failure in its headers and a publisher confirm, and only then acknowledged. This needs no broker-specific
 * queue arguments (Qpid Broker-J, the embedded broker, has no {@code x-dead-letter-exchange}), and a park that the
 * broker does not confirm leaves the original message to be delivered again rather than lost.
 */
class EventConsumers implements SmartInitializingSingleton, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventConsumers.class);

    private final ConfigurableListableBeanFactory beanFactory;
    private final ConnectionFactory connectionFactory;
    private final RabbitTemplate rabbit;
    private final TransactionTemplate transactions;
    private final ProcessedEvents processed;
    private final JsonMapper json;
    private final MessagingProperties properties;
    private final String application;
    private final List<SimpleMessageListenerContainer> containers = new ArrayList<>();
    private volatile boolean running;
    private ScheduledExecutorService housekeeping;

    EventConsumers(ConfigurableListableBeanFactory beanFactory, ConnectionFactory connectionFactory,
            RabbitTemplate rabbit, TransactionTemplate transactions, ProcessedEvents processed, JsonMapper json,
            MessagingProperties properties, String application) {
        this.beanFactory = beanFactory;
        this.connectionFactory = connectionFactory;
        this.rabbit = rabbit;
        this.transactions = transactions;
        this.processed = processed;
        this.json = json;
        this.properties = properties;
        this.application = application;
    }

    /** Queue names are derived, not configured, so every instance of a service shares its queues. */
    static String queueName(String application, IntegrationEventHandler<?> handler) {
        return application + "." + handler.consumerName();
    }

    @Override
    @SuppressWarnings({ "rawtypes", "unchecked" })
    public void afterSingletonsInstantiated() {
        Map<String, IntegrationEventHandler> handlers = beanFactory.getBeansOfType(IntegrationEventHandler.class);
        handlers.forEach((beanName, handler) -> {
            String queue = queueName(application, handler);
            String deadLetters = queue + ".dlq";
            String type = handler.eventType();
            Queue main = QueueBuilder.durable(queue).build();
            Queue parked = QueueBuilder.durable(deadLetters).build();
            Binding toEvents = BindingBuilder.bind(main)
                    .to(new TopicExchange(properties.exchange(), true, false)).with(type);
            // Registered as a bean so RabbitAdmin declares it on every (re)connection, also after a broker reset.
            beanFactory.registerSingleton("qhConsumerDeclarables." + queue, new Declarables(main, parked, toEvents));
            containers.add(container(queue, deadLetters, handler));
        });
    }

    private <E extends IntegrationEvent> SimpleMessageListenerContainer container(String queue, String deadLetters,
            IntegrationEventHandler<E> handler) {
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
        container.setQueueNames(queue);
        // Only a failed park reaches the container; the message then goes back to the queue, never away.
        container.setDefaultRequeueRejected(true);
        container.setMissingQueuesFatal(false);
        MessageRecoverer park = new RepublishMessageRecovererWithConfirms(rabbit, "", deadLetters,
                CachingConnectionFactory.ConfirmType.CORRELATED);
        MessagingProperties.Retry retry = properties.retry();
        container.setAdviceChain(RetryInterceptorBuilder.stateless()
                .maxRetries(Math.max(0, retry.maxAttempts() - 1))
                .backOffOptions(retry.initialInterval().toMillis(), retry.multiplier(), retry.maxInterval().toMillis())
                .recoverer(park)
                .build());
        container.setMessageListener(message -> deliver(queue, handler, message, park));
        container.afterPropertiesSet();
        return container;
    }

    private <E extends IntegrationEvent> void deliver(String queue, IntegrationEventHandler<E> handler,
            Message message, MessageRecoverer park) {
        String correlationId = message.getMessageProperties().getHeader(CorrelationId.HEADER);
        MDC.put(CorrelationId.MDC_KEY, CorrelationId.acceptOrCreate(correlationId));
        try {
            E event;
            try {
                event = json.readValue(message.getBody(), handler.eventClass());
            }
            catch (JacksonException unreadable) {
                // Retrying cannot fix a body we cannot read: park it at once for a person to look at.
                log.warn("Parking an unreadable {} message from {}", handler.consumerName(), queue);
                park.recover(message, unreadable);
                return;
            }
            UUID eventId = event.eventId();
            transactions.executeWithoutResult(status -> {
                if (processed.markProcessed(queue, eventId)) {
                    handler.handle(event);
                }
                else {
                    log.debug("Skipping {} {}: already handled by {}", handler.consumerName(), eventId, queue);
                }
            });
        }
        finally {
            MDC.remove(CorrelationId.MDC_KEY);
        }
    }

    /** Forgets handled event ids older than the retention; runs hourly while the consumers run. */
    int forgetOldProcessedEvents() {
        int forgotten = processed.forgetHandledBefore(Instant.now().minus(properties.processedRetention()));
        if (forgotten > 0) {
            log.debug("Forgot {} handled event ids older than {}", forgotten, properties.processedRetention());
        }
        return forgotten;
    }

    @Override
    public void start() {
        containers.forEach(SimpleMessageListenerContainer::start);
        if (!containers.isEmpty()) {
            housekeeping = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().daemon().name("qh-processed-events").factory());
            housekeeping.scheduleWithFixedDelay(() -> {
                try {
                    forgetOldProcessedEvents();
                }
                catch (RuntimeException databaseUnavailable) {
                    log.warn("Could not prune handled event ids: {}", databaseUnavailable.getMessage());
                }
            }, 1, 60, TimeUnit.MINUTES);
        }
        running = true;
    }

    @Override
    public void stop() {
        if (housekeeping != null) {
            housekeeping.shutdownNow();
            housekeeping = null;
        }
        containers.forEach(SimpleMessageListenerContainer::stop);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Consumers start last and stop first: everything they call is ready before, and still there during drain.
        return Integer.MAX_VALUE - 1024;
    }
}
