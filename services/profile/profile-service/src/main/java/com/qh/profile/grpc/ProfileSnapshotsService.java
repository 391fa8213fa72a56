package com.qh.profile.grpc;

import com.qh.profile.api.GetProfileRequest;
import com.qh.profile.api.ProfileSnapshot;
import com.qh.profile.api.ProfileSnapshotsGrpc;
import com.qh.profile.profile.Profiles;
import io.grpc.stub.StreamObserver;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ProfileSnapshots.Get}: the profile as JSON written by the same mapper, from the same snapshot, as the body
 * of {@code GET /api/v1/profile}, so a caller parses one documented schema whichever way it reads. Who may call is
 * checked before this runs (platform/grpc: service tokens for {@code profile} only).
 */
@Service
class ProfileSnapshotsService extends ProfileSnapshotsGrpc.ProfileSnapshotsImplBase {

    private final Profiles profiles;
    private final JsonMapper json;

    ProfileSnapshotsService(Profiles profiles, JsonMapper json) {
        this.profiles = profiles;
        this.json = json;
    }

    @Override
    public void get(GetProfileRequest request, StreamObserver<ProfileSnapshot> answer) {
        UUID userId = Ids.parse("user_id", request.getUserId());
        com.qh.profile.profile.ProfileSnapshot snapshot = profiles.read(userId);
        answer.onNext(ProfileSnapshot.newBuilder()
                .setFound(snapshot.version() > 0)
                .setProfileJson(json.writeValueAsString(snapshot.profile()))
                .setEtag(snapshot.etag())
                .build());
        answer.onCompleted();
    }
}
