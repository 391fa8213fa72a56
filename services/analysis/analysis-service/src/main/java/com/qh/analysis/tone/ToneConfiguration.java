package com.qh.analysis.tone;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One analyser for the service: its lexicons are read once, and it is thread-safe. */
@Configuration(proxyBeanMethods = false)
class ToneConfiguration {

    @Bean
    ToneAnalyzer toneAnalyzer() {
        return ToneAnalyzer.builtIn();
    }
}
