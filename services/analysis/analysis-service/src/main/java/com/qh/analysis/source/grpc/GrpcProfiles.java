package com.qh.analysis.source.grpc;

import com.qh.analysis.match.Candidate;
import com.qh.analysis.source.Profiles;
import com.qh.platform.grpc.ServiceChannels;
import com.qh.profile.api.GetProfileRequest;
import com.qh.profile.api.ProfileSnapshot;
import com.qh.profile.api.ProfileSnapshotsGrpc;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@link Profiles} over the profile service's {@code ProfileSnapshots.Get}. */
@Component
class GrpcProfiles implements Profiles {

    static final String SERVICE = "profile";

    private final ServiceChannels channels;

    GrpcProfiles(ServiceChannels channels) {
        this.channels = channels;
    }

    @Override
    public Optional<Candidate> candidateOf(UUID userId) {
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
        return snapshot.getFound() ? Optional.of(ProfileCandidates.parse(snapshot.getProfileJson()))
                : Optional.empty();
    }
}
