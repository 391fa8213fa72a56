package com.qh.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Lets settings write a limit as {@code 10/1m}. */
@Component
@ConfigurationPropertiesBinding
class LimitConverter implements Converter<String, Limit> {

    @Override
    public Limit convert(String source) {
        return Limit.parse(source);
    }
}
