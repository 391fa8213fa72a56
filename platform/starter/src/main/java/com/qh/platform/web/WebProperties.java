package com.qh.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Web settings shared by every service.
 *
 * @param maxBodySize largest non-multipart request body accepted; larger ones get 413
 */
@ConfigurationProperties("qh.web")
public record WebProperties(@DefaultValue("1MB") DataSize maxBodySize) {
}
