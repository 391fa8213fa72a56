package com.qh.ai.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.ai.Generator;
import com.qh.ai.OfflineGenerator;
import com.qh.platform.client.ClientProperties;
import com.qh.platform.client.ServiceClients;
import com.qh.platform.client.ServiceTokens;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** The model is off unless an endpoint is configured, and the documented environment variables configure it. */
class AiAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AiAutoConfiguration.class))
            .withBean(ServiceClients.class, AiAutoConfigurationTest::serviceClients)
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void isOfflineWithNoEndpoint() {
        runner.run(context -> {
            assertThat(context.getBean(Generator.class)).isInstanceOf(OfflineGenerator.class);
            assertThat(context.getBean(Generator.class).modelEnabled("letter-draft")).isFalse();
            assertThat(context).doesNotHaveBean(UsageLedger.class);
        });
    }

    @Test
    void isOfflineWithABlankEndpoint() {
        runner.withPropertyValues("qh.ai.base-url= ").run(context ->
                assertThat(context.getBean(Generator.class)).isInstanceOf(OfflineGenerator.class));
    }

    @Test
    void asksTheModelWhenAnEndpointIsConfigured() {
        runner.withPropertyValues("qh.ai.base-url=http://localhost:11434/v1", "qh.ai.model=llama3.1:8b",
                "qh.ai.features.requirements.enabled=false").run(context -> {
                    Generator generator = context.getBean(Generator.class);
                    assertThat(generator).isInstanceOf(ModelGenerator.class);
                    assertThat(generator.modelEnabled("letter-draft")).isTrue();
                    assertThat(generator.modelEnabled("requirements")).isFalse();
                    assertThat(context.getBean(AiProperties.class).modelFor("letter-draft")).isEqualTo("llama3.1:8b");
                });
    }

    @Test
    void readsTheDocumentedEnvironmentVariables() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("env", Map.of(
                "QH_AI_BASE_URL", "http://localhost:8000/v1", "QH_AI_MODEL", "Qwen/Qwen2.5-7B-Instruct")));

        new AiDefaults().postProcessEnvironment(environment, null);

        AiProperties properties = Binder.get(environment).bind("qh.ai", AiProperties.class).get();
        assertThat(properties.baseUrl()).isEqualTo("http://localhost:8000/v1");
        assertThat(properties.model()).isEqualTo("Qwen/Qwen2.5-7B-Instruct");
        assertThat(properties.apiKey()).isEmpty();
        assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(60));
    }

    private static ServiceClients serviceClients() {
        ClientProperties timeouts = new ClientProperties(Duration.ofSeconds(1), Duration.ofSeconds(1));
        return new ServiceClients(RestClient.builder(), new MockEnvironment()
                .withProperty("qh.services.auth.url", "http://localhost:1"), timeouts,
                new ServiceTokens(URI.create("http://localhost:1"), "letter", null, timeouts,
                        JsonMapper.builder().build(), Clock.systemUTC()));
    }
}
