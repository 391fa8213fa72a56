package com.qh.profile.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import com.qh.test.QhWebMvcTest;
import com.qh.test.TestUsers;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The profile API's web layer alone: the requests it refuses before the profile is read, and how the feature's
 * errors reach the caller as problem documents. The feature behind it is a stand-in; {@code ProfileServiceTest}
 * runs the real one.
 */
@QhWebMvcTest(ProfileController.class)
class ProfileControllerWebTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String USER = TestUsers.user(UUID.randomUUID());
    private static final String FIRST_VERSION = "\"v0\"";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Profiles profiles;

    @Test
    void answersAnEntryEndingBeforeItStartsWithAFieldError() {
        MvcTestResult reply = put("/api/v1/profile", FIRST_VERSION, """
                {"primaryLanguage": "en", "personal": {},
                 "experience": [{"employer": {"en": "Acme"}, "position": {"en": "Developer"},
                                 "startDate": "2022-05", "endDate": "2021-01"}]}""");

        assertThat(reply).hasStatus(400);
        assertThat(errorFields(reply)).containsExactly("experience[0].endDate");
        verifyNoInteractions(profiles);
    }

    @Test
    void answersAWebsiteAndAnEmailThatAreNeitherWithFieldErrors() {
        MvcTestResult reply = put("/api/v1/profile/personal", FIRST_VERSION, """
                {"website": "not a url", "contacts": {"email": "nobody"}}""");

        assertThat(reply).hasStatus(400);
        assertThat(errorFields(reply)).containsExactlyInAnyOrder("website", "contacts.email");
        verifyNoInteractions(profiles);
    }

    @Test
    void answersALanguageWeDoNotWriteInWithBadRequest() {
        MvcTestResult reply = put("/api/v1/profile/summary", FIRST_VERSION, """
                {"primaryLanguage": "de"}""");

        assertThat(reply).hasStatus(400);
        verifyNoInteractions(profiles);
    }

    @Test
    void asksForIfMatchBeforeAnyWrite() {
        MvcTestResult reply = put("/api/v1/profile/summary", null, """
                {"primaryLanguage": "en"}""");

        assertThat(reply).hasStatus(428);
        assertThat(body(reply).path("type").asString()).endsWith("/if-match-required");
        verifyNoInteractions(profiles);
    }

    @Test
    void answersAWriteAgainstAnOlderVersionWithPreconditionFailedAndTheCurrentETag() {
        given(profiles.change(any(), anyLong(), anyList(), any())).willThrow(Versions.stale(3));

        MvcTestResult reply = put("/api/v1/profile/summary", "\"v1\"", """
                {"primaryLanguage": "en", "summary": {"en": "Second tab"}}""");

        assertThat(reply).hasStatus(412);
        assertThat(body(reply).path("type").asString()).endsWith("/profile-changed");
        assertThat(body(reply).path("currentETag").asString()).isEqualTo("\"v3\"");
    }

    @Test
    void answersASectionThatDoesNotExistWithNotFound() {
        MvcTestResult reply = mvc.get().uri("/api/v1/profile/hobbies")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + USER).exchange();

        assertThat(reply).hasStatus(404);
        assertThat(body(reply).path("detail").asString()).contains("experience, education");
        verifyNoInteractions(profiles);
    }

    @Test
    void answersAnEntryThatIsNotJsonWithBadRequest() {
        MvcTestResult reply = mvc.post().uri("/api/v1/profile/skills")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + USER).header(HttpHeaders.IF_MATCH, FIRST_VERSION)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":").exchange();

        assertThat(reply).hasStatus(400);
        verifyNoInteractions(profiles);
    }

    @Test
    void answersACallerWithoutATokenWithUnauthorized() {
        MvcTestResult reply = mvc.get().uri("/api/v1/profile").exchange();

        assertThat(reply).hasStatus(401);
        verifyNoInteractions(profiles);
    }

    private MvcTestResult put(String path, String ifMatch, String json) {
        var request = mvc.put().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + USER)
                .contentType(MediaType.APPLICATION_JSON).content(json);
        if (ifMatch != null) {
            request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.exchange();
    }

    private static JsonNode body(MvcTestResult reply) {
        return JSON.readTree(reply.getResponse().getContentAsByteArray());
    }

    private static List<String> errorFields(MvcTestResult reply) {
        return body(reply).path("errors").valueStream().map(error -> error.path("field").asString()).toList();
    }
}
