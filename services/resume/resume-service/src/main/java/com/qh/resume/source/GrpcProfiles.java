package com.qh.resume.source;

import com.qh.platform.grpc.ServiceChannels;
import com.qh.profile.api.GetProfileRequest;
import com.qh.profile.api.ProfileSnapshot;
import com.qh.profile.api.ProfileSnapshotsGrpc;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@link Profiles} over the profile service's {@code ProfileSnapshots.Get}. */
@Component
class GrpcProfiles implements Profiles {

    static final String SERVICE = "profile";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final ServiceChannels channels;

    GrpcProfiles(ServiceChannels channels) {
        this.channels = channels;
    }

    @Override
    public Optional<JsonNode> profileOf(UUID userId) {
        ProfileSnapshot snapshot;
        try {
            snapshot = ProfileSnapshotsGrpc.newBlockingStub(channels.forService(SERVICE))
                    .get(GetProfileRequest.newBuilder().setUserId(userId.toString()).build());
        }
        catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
                return Optional.empty();
            }
            throw new SourceUnavailableException(SERVICE, e);
        }
        if (!snapshot.getFound()) {
            return Optional.empty();
        }
        try {
            JsonNode profile = MAPPER.readTree(snapshot.getProfileJson());
            if (profile == null || !profile.isObject()) {
                throw new IllegalStateException("The profile service answered a profile that is not a JSON object");
            }
            return Optional.of(profile);
        }
        catch (JacksonException e) {
            throw new IllegalStateException("The profile service answered a profile that is not JSON", e);
        }
    }
}
