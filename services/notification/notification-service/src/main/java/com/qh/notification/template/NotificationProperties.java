package com.qh.notification.template;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where links in messages point ({@code qh.notification.*}). It lives with the templates, the lowest feature,
 * because the account mails, the dispatcher's unsubscribe links and the subscription confirmations all put
 * links into messages; kept in {@code account} it tied {@code account} and {@code dispatch} in a cycle.
 *
 * @param publicBaseUrl the address users reach QH at; links are {@code <publicBaseUrl>/verify-email?token=...}
 *        and {@code <publicBaseUrl>/reset-password?token=...}, pages of the web UI
 */
@ConfigurationProperties("qh.notification")
public record NotificationProperties(@DefaultValue("http://localhost:8080") URI publicBaseUrl) {
}
