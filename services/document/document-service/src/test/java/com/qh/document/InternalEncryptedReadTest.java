package com.qh.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.test.ApiClient.Reply;
import org.junit.jupiter.api.Test;

/** With encryption at rest on, the internal read decrypts as the owner's download does. */
@EncryptedStoreContext
class InternalEncryptedReadTest extends InternalReads {

    @Test
    void answersThePlaintext() {
        Reply current = read(analysis(), "/versions/0/content", userId);

        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        assertThat(current.body()).isEqualTo(bytes);
    }
}
