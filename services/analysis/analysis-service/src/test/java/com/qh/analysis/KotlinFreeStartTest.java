package com.qh.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.test.QhServiceTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The AI layer's OpenAI client brings Kotlin and kotlin-reflect onto this service's classpath; springdoc's Kotlin
 * configuration (Kotlin classes, whose constructors Spring finds through kotlin-reflect) stays off, since building
 * kotlin-reflect's model of the class loader cost each such service seconds of its start
 * ({@code springdoc.enable-kotlin=false}, the starter's default).
 */
@QhServiceTest
@Import(SourceServices.class)
class KotlinFreeStartTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void springdocsKotlinConfigurationIsNotStartedThoughKotlinIsOnTheClasspath() throws ClassNotFoundException {
        Class.forName("kotlin.reflect.full.KClasses", false, getClass().getClassLoader());

        assertThat(Arrays.stream(context.getBeanFactory().getBeanDefinitionNames())
                .map(name -> context.getBeanFactory().getBeanDefinition(name).getBeanClassName())
                .filter(type -> type != null && type.contains("Kotlin")))
                .isEmpty();
    }
}
