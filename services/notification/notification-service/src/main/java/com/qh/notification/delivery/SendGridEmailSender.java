package com.qh.notification.delivery;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Sends through SendGrid's v3 Mail Send API ({@code POST /v3/mail/send}, bearer API key). SendGrid answers 202
 * when it has taken the message; anything else is a failure the worker retries.
 */
final class SendGridEmailSender implements EmailSender {

    private final RestClient http;
    private final String from;

    SendGridEmailSender(RestClient.Builder http, URI baseUrl, String apiKey, String from) {
        this.http = http.baseUrl(baseUrl.toString())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey).build();
        this.from = from;
    }

    @Override
    public void send(OutgoingEmail email) {
        List<Map<String, String>> content = new ArrayList<>();
        content.add(Map.of("type", "text/plain", "value", email.text()));
        if (email.html() != null) {
            content.add(Map.of("type", "text/html", "value", email.html()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personalizations", List.of(Map.of("to", List.of(Map.of("email", email.to())))));
        body.put("from", sender(from));
        body.put("subject", email.subject());
        body.put("content", content);
        if (!email.headers().isEmpty()) {
            body.put("headers", email.headers());
        }
        // RestClient throws on 4xx and 5xx: the worker records the error and retries.
        http.post().uri("/v3/mail/send").contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toBodilessEntity();
    }

    // "QH <no-reply@qh.local>" → {email, name}.
    static Map<String, String> sender(String from) {
        int open = from.indexOf('<');
        int close = from.indexOf('>', open + 1);
        if (open < 0 || close < 0) {
            return Map.of("email", from.strip());
        }
        String name = from.substring(0, open).strip();
        String address = from.substring(open + 1, close).strip();
        return name.isEmpty() ? Map.of("email", address) : Map.of("email", address, "name", name);
    }
}
