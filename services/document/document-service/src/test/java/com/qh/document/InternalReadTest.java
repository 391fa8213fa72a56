package com.qh.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.test.ApiClient.Reply;
import com.qh.test.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A review that an upload started has no user token, so the analysis service reads the uploaded resume through
 * the internal API with its service token: only an allowed caller's service token reads, only the named user's
 * document, and the bytes are the owner's plaintext whether the store encrypts or not.
 */
@PlainStoreContext
class InternalReadTest extends InternalReads {

    @Test
    void answersTheOwnersBytesAndMetadataToAnAllowedService() {
        Reply current = read(analysis(), "/versions/0/content", userId);
        Reply first = read(analysis(), "/versions/1/content", userId);
        Reply metadata = read(analysis(), "", userId);

        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        assertThat(current.body()).isEqualTo(bytes);
        assertThat(first.body()).isEqualTo(bytes);
        assertThat(metadata.status()).isEqualTo(200);
        assertThat(metadata.json().get("id").asString()).isEqualTo(id);
        assertThat(metadata.json().get("kind").asString()).isEqualTo("RESUME_UPLOAD");
    }

    @Test
    void refusesAUsersTokenEvenTheOwners() {
        Reply owner = read(TestUsers.user(userId), "/versions/0/content", userId);

        assertThat(owner.status()).isEqualTo(403);
    }

    @Test
    void refusesAServiceNotAllowedWithAProblem() {
        Reply vacancy = read(TestUsers.service("vacancy", "document"), "/versions/0/content", userId);
        Reply metadata = read(TestUsers.service("vacancy", "document"), "", userId);

        assertThat(vacancy.status()).isEqualTo(403);
        assertThat(vacancy.problemType()).isEqualTo("service-not-allowed");
        assertThat(metadata.status()).isEqualTo(403);
    }

    @Test
    void answersNotFoundForAnotherUsersDocumentOrAMissingVersion() {
        Reply otherUser = read(analysis(), "/versions/0/content", UUID.randomUUID());
        Reply otherUsersMetadata = read(analysis(), "", UUID.randomUUID());
        Reply noSuchVersion = read(analysis(), "/versions/7/content", userId);

        assertThat(otherUser.status()).isEqualTo(404);
        assertThat(otherUser.problemType()).isNotBlank();
        assertThat(otherUsersMetadata.status()).isEqualTo(404);
        assertThat(noSuchVersion.status()).isEqualTo(404);
    }
}

