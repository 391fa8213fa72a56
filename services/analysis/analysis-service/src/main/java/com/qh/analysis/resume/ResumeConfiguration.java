package com.qh.analysis.resume;

import com.qh.skills.SkillTaxonomy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The parser as a bean, over the taxonomy bean when the service has one, else the built-in taxonomy. */
@Configuration(proxyBeanMethods = false)
class ResumeConfiguration {

    @Bean
    ResumeParser resumeParser(ObjectProvider<SkillTaxonomy> taxonomy) {
        return new ResumeParser(taxonomy.getIfAvailable(SkillTaxonomy::builtIn));
    }
}
