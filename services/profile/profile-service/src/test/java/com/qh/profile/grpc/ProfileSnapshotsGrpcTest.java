package com.qh.profile.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qh.profile.Fixtures;
import com.qh.profile.api.GetProfileRequest;
import com.qh.profile.api.ProfileSnapshot;
import com.qh.profile.api.ProfileSnapshotsGrpc;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.QhServiceTest;
import com.qh.test.TestUsers;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code qh.profile.v1.ProfileSnapshots} on the service's HTTP port, called as the analysis service calls it: with a
 * service token for {@code profile}; a user's token or one for another service is refused.
 */
@QhServiceTest(properties = {
        "qh.crypto.active-key=new",
        "qh.crypto.keys.old=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        "qh.crypto.keys.new=ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=" })
class ProfileSnapshotsGrpcTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    ManagedChannel channel;

    @BeforeEach
    void connect() {
        channel = Grpc.newChannelBuilder("127.0.0.1:" + port, InsecureChannelCredentials.create()).build();
    }

    @AfterEach
    void disconnect() {
        channel.shutdownNow();
    }

    @Test
    void answersServiceTheProfileExactlyAsTheOwnerReadsItOverRest() {
        UUID owner = UUID.randomUUID();
        ApiClient api = ApiClient.on(port).as(TestUsers.user(owner));
        api.ifMatch("\"v0\"").put("/api/v1/profile", Fixtures.javaDeveloperRuEn());
        Reply rest = api.get("/api/v1/profile");

        ProfileSnapshot snapshot = profiles(TestUsers.service("analysis", "profile"))
                .get(GetProfileRequest.newBuilder().setUserId(owner.toString()).build());

        assertThat(snapshot.getFound()).isTrue();
        assertThat(snapshot.getEtag()).isEqualTo(rest.etag()).isEqualTo("\"v1\"");
        assertThat(JSON.readTree(snapshot.getProfileJson())).isEqualTo(rest.json());
        assertThat(JSON.readTree(snapshot.getProfileJson()).at("/personal/contacts/phone").asString())
                .isEqualTo("+79161234567");
    }

    @Test
    void answersNotFoundForUserWithoutProfile() {
        ProfileSnapshot snapshot = profiles(TestUsers.service("analysis", "profile"))
                .get(GetProfileRequest.newBuilder().setUserId(UUID.randomUUID().toString()).build());

        assertThat(snapshot.getFound()).isFalse();
        assertThat(snapshot.getEtag()).isEqualTo("\"v0\"");
    }

    @Test
    void refusesUserTokenWithPermissionDenied() {
        UUID owner = UUID.randomUUID();

        assertThatThrownBy(() -> profiles(TestUsers.user(owner))
                .get(GetProfileRequest.newBuilder().setUserId(owner.toString()).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode())
                        .isEqualTo(Status.Code.PERMISSION_DENIED));
    }

    @Test
    void refusesServiceTokenMeantForAnotherService() {
        assertThatThrownBy(() -> profiles(TestUsers.service("analysis", "vacancy"))
                .get(GetProfileRequest.newBuilder().setUserId(UUID.randomUUID().toString()).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode())
                        .isEqualTo(Status.Code.UNAUTHENTICATED));
    }

    @Test
    void refusesUserIdThatIsNotUuidAsInvalidArgument() {
        assertThatThrownBy(() -> profiles(TestUsers.service("analysis", "profile"))
                .get(GetProfileRequest.newBuilder().setUserId("me").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(e.getStatus().getDescription()).contains("user_id");
                });
    }

    private ProfileSnapshotsGrpc.ProfileSnapshotsBlockingStub profiles(String token) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
        return ProfileSnapshotsGrpc.newBlockingStub(channel)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers))
                .withDeadlineAfter(10, TimeUnit.SECONDS);
    }
}
