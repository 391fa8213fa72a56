package com.qh.notification.delivery;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Sends text messages through Twilio's REST API ({@code POST /2010-04-01/Accounts/{sid}/Messages.json}, form
 * encoded, HTTP Basic with the account SID and auth token). Any answer but 2xx is a failure the worker retries.
 */
final class TwilioSmsSender implements SmsSender {

    private final RestClient http;
    private final DeliveryProperties.Twilio twilio;

    TwilioSmsSender(RestClient.Builder http, DeliveryProperties.Twilio twilio) {
        String credentials = Base64.getEncoder().encodeToString(
                (twilio.accountSid() + ":" + twilio.authToken()).getBytes(StandardCharsets.UTF_8));
        this.http = http.clone().baseUrl(twilio.baseUrl().toString())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Basic " + credentials).build();
        this.twilio = twilio;
    }

    @Override
    public void send(String to, String text) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("To", to);
        if (twilio.messagingServiceSid() != null && !twilio.messagingServiceSid().isBlank()) {
            form.add("MessagingServiceSid", twilio.messagingServiceSid());
        } else {
            form.add("From", twilio.from());
        }
        form.add("Body", text);
        http.post().uri(URI.create(twilio.baseUrl().toString().replaceAll("/+$", "") + "/2010-04-01/Accounts/"
                        + twilio.accountSid() + "/Messages.json"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().toBodilessEntity();
    }
}
