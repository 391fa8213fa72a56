package com.qh.letter.letters;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock the letters use. The offline engine and the fact checker are made by {@link Letters} per skills taxonomy
 * release ({@code SkillsInUse}, which follows the vacancy service's releases).
 */
@Configuration(proxyBeanMethods = false)
class LetterConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
