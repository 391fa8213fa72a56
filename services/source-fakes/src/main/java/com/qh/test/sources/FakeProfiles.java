package com.qh.test.sources;

import com.qh.profile.api.GetProfileRequest;
import com.qh.profile.api.ProfileSnapshot;
import com.qh.profile.api.ProfileSnapshotsGrpc;
import io.grpc.stub.StreamObserver;
import java.util.Map;
import java.util.UUID;

/**
 * The profile contract over fixtures: each user's profile JSON as the profile service answers it, at ETag
 * {@code "v3"}; a user missing from the map has none ({@code found = false}, an empty English profile at
 * {@code "v0"}), as the real service answers a user who never wrote one.
 */
public final class FakeProfiles extends ProfileSnapshotsGrpc.ProfileSnapshotsImplBase {

    private final Map<UUID, String> profiles;

    public FakeProfiles(Map<UUID, String> profiles) {
        this.profiles = profiles;
    }

    @Override
    public void get(GetProfileRequest request, StreamObserver<ProfileSnapshot> answer) {
        String profile = profiles.get(UUID.fromString(request.getUserId()));
        answer.onNext(ProfileSnapshot.newBuilder().setFound(profile != null)
                .setProfileJson(profile != null ? profile : "{\"primaryLanguage\": \"en\"}")
                .setEtag(profile != null ? "\"v3\"" : "\"v0\"").build());
        answer.onCompleted();
    }
}
