package com.qh.profile.profile;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The profile service's settings ({@code qh.profile.*}).
 *
 * @param defaultPhoneRegion the country (ISO 3166) of phone numbers typed without a country code, when the
 *        profile's location names none
 */
@ConfigurationProperties("qh.profile")
public record ProfileProperties(@DefaultValue("RU") String defaultPhoneRegion) {
}
