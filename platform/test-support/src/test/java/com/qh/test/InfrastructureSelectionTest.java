package com.qh.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InfrastructureSelectionTest {

    private final QhInfrastructureContextCustomizerFactory factory = new QhInfrastructureContextCustomizerFactory();

    @Test
    void customizesOnlyServiceTests() {
        assertThat(factory.createContextCustomizer(AServiceTest.class, List.of())).isNotNull();
        assertThat(factory.createContextCustomizer(AnIntegrationTest.class, List.of())).isNotNull();
        assertThat(factory.createContextCustomizer(AServiceTestSubclass.class, List.of())).isNotNull();
        assertThat(factory.createContextCustomizer(AServiceTest.Inner.class, List.of())).isNotNull();
        assertThat(factory.createContextCustomizer(InfrastructureSelectionTest.class, List.of())).isNull();
    }

    @Test
    void customizersAreEqualSoContextsStayCached() {
        assertThat(factory.createContextCustomizer(AServiceTest.class, List.of()))
                .isEqualTo(factory.createContextCustomizer(AnIntegrationTest.class, List.of()))
                .hasSameHashCodeAs(factory.createContextCustomizer(AServiceTestSubclass.class, List.of()));
    }

    @Test
    void givesEachNewContextItsOwnDatabase() {
        TestInfrastructure infrastructure = TestInfrastructure.Embedded.instance();

        Map<String, Object> first = infrastructure.newContextProperties();
        Map<String, Object> second = infrastructure.newContextProperties();

        assertThat(first.get("spring.datasource.url")).isNotEqualTo(second.get("spring.datasource.url"));
        assertThat(first.get("spring.rabbitmq.port")).isEqualTo(second.get("spring.rabbitmq.port"));
    }

    @Test
    void pointsRealDatabaseUrlAtNewDatabaseKeepingParameters() {
        assertThat(TestInfrastructure.Real.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres", "qh_test_1"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/qh_test_1");
        assertThat(TestInfrastructure.Real.withDatabase("jdbc:postgresql://db:6543/postgres?sslmode=disable", "x"))
                .isEqualTo("jdbc:postgresql://db:6543/x?sslmode=disable");
    }

    @QhServiceTest
    static class AServiceTest {

        class Inner {
        }
    }

    static class AServiceTestSubclass extends AServiceTest {
    }

    @QhServiceIT
    static class AnIntegrationTest {
    }
}
