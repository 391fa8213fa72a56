package com.qh.letter.letters;

import com.qh.ai.factcheck.FactChecker;
import com.qh.letter.drafting.LetterEngine;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java parts the letters use, built once: the offline engine, the fact checker, the clock. */
@Configuration(proxyBeanMethods = false)
class LetterConfiguration {

    @Bean
    LetterEngine letterEngine() {
        return LetterEngine.builtIn();
    }

    @Bean
    @ConditionalOnMissingBean
    FactChecker factChecker() {
        return new FactChecker();
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
