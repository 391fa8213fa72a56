package com.qh.analysis.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

import com.qh.test.QhWebMvcTest;
import com.qh.test.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The recommendation API's web layer alone: the limit it accepts. */
@QhWebMvcTest(RecommendationController.class)
class RecommendationControllerWebTest {

    private static final String USER = TestUsers.user(UUID.randomUUID());

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Recommender recommender;

    @Test
    void refusesALimitBelowOneAboveAHundredOrNotANumber() {
        for (String limit : new String[] {"0", "101", "-5", "many"}) {
            assertThat(mvc.get().uri("/api/v1/analysis/recommended-vacancies?limit=" + limit)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + USER)).hasStatus(400);
        }
        verifyNoInteractions(recommender);
    }
}
