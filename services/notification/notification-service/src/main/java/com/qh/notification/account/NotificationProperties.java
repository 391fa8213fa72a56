package com.qh.notification.account;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where links in messages point ({@code qh.notification.*}).
 *
 * @param publicBaseUrl the address users reach QH at; links are {@code <publicBaseUrl>/verify-email?token=...}
 *        and {@code <publicBaseUrl>/reset-password?token=...}, pages of the web UI
 */
@ConfigurationProperties("qh.notification")
public record NotificationProperties(@DefaultValue("http://localhost:8080") URI publicBaseUrl) {
}
