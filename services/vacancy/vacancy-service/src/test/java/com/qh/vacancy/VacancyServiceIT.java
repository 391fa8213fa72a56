package com.qh.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.QhServiceIT;
import com.qh.test.TestUsers;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The main flows against real PostgreSQL and RabbitMQ: a pasted vacancy is saved with its requirements and
 * announced through RabbitMQ; market data goes in and comes out as salary percentiles (PostgreSQL arrays and
 * percentile_cont).
 */
@QhServiceIT
class VacancyServiceIT {

    @LocalServerPort
    int port;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin amqp;

    @Test
    void savesAPastedVacancyAnnouncesItAndAnswersMarketSalaries() {
        UUID userId = UUID.randomUUID();
        ApiClient api = ApiClient.on(port).as(TestUsers.user(userId));
        Queue queue = new Queue("vacancy-it.saved." + UUID.randomUUID(), false, true, true);
        amqp.declareQueue(queue);
        TopicExchange exchange = new TopicExchange("qh.events", true, false);
        amqp.declareExchange(exchange);
        amqp.declareBinding(BindingBuilder.bind(queue).to(exchange).with("vacancy.saved.v1"));

        Reply saved = api.post("/api/v1/vacancies/import", Map.of("text",
                "Python developer\nRequirements:\n- 3+ years with Python and Django\nNice to have: Terraform"));
        assertThat(saved.status()).isEqualTo(201);
        Message message = await().atMost(Duration.ofSeconds(30)).until(() -> rabbit.receive(queue.getName()),
                m -> m != null);
        JsonNode event = ApiClient.JSON.readTree(message.getBody());
        assertThat(event.path("userId").asString()).isEqualTo(userId.toString());
        assertThat(event.path("skills").toString()).contains("Python", "Django", "Terraform");

        ApiClient admin = ApiClient.on(port).as(TestUsers.admin(UUID.randomUUID()));
        assertThat(admin.uploadResource("/api/v1/market/import", "hh.json", "application/json",
                "/market/hh-vacancies.json").status()).isEqualTo(200);
        JsonNode salaries = api.get("/api/v1/market/salaries?skill=Java&area=1").json();
        assertThat(salaries.path("withSalary").asInt()).isEqualTo(2);
        assertThat(salaries.path("median").asInt()).isEqualTo(325000);
    }
}
