package com.qh.letter.source;

import com.qh.platform.grpc.ServiceChannels;
import com.qh.profile.api.GetProfileRequest;
import com.qh.profile.api.ProfileSnapshot;
import com.qh.profile.api.ProfileSnapshotsGrpc;
import com.qh.vacancy.api.GetVacancyRequest;
import com.qh.vacancy.api.Importance;
import com.qh.vacancy.api.RequiredSkill;
import com.qh.vacancy.api.Vacancy;
import com.qh.vacancy.api.VacanciesGrpc;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The profile service's {@code ProfileSnapshots.Get} and the vacancy service's {@code Vacancies.Get}, called with
 * this service's token and a deadline ({@link ServiceChannels}). {@code NOT_FOUND} is "absent"; any other failure is
 * a {@link SourceUnavailableException} (503).
 */
@Component
public class Sources {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final ServiceChannels channels;

    Sources(ServiceChannels channels) {
        this.channels = channels;
    }

    /** The user's profile as the profile service answers it (its REST model), or empty when none is stored. */
    public Optional<JsonNode> profile(UUID userId) {
        ProfileSnapshot snapshot;
        try {
            snapshot = ProfileSnapshotsGrpc.newBlockingStub(channels.forService("profile"))
                    .get(GetProfileRequest.newBuilder().setUserId(userId.toString()).build());
        }
        catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
                return Optional.empty();
            }
            throw new SourceUnavailableException("profile", e);
        }
        if (!snapshot.getFound()) {
            return Optional.empty();
        }
        try {
            JsonNode profile = MAPPER.readTree(snapshot.getProfileJson());
            return profile != null && profile.isObject() ? Optional.of(profile) : Optional.empty();
        }
        catch (JacksonException e) {
            throw new IllegalStateException("The profile service answered a profile that is not JSON", e);
        }
    }

    /** One of the user's saved vacancies; empty when there is none with that id or it is someone else's. */
    public Optional<VacancyFacts> vacancy(UUID userId, UUID vacancyId) {
        Vacancy wire;
        try {
            wire = VacanciesGrpc.newBlockingStub(channels.forService("vacancy")).get(GetVacancyRequest.newBuilder()
                    .setUserId(userId.toString()).setVacancyId(vacancyId.toString()).build());
        }
        catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
                return Optional.empty();
            }
            throw new SourceUnavailableException("vacancy", e);
        }
        List<VacancyFacts.Requirement> requirements = new ArrayList<>();
        for (RequiredSkill skill : wire.getRequirements().getSkillsList()) {
            requirements.add(new VacancyFacts.Requirement(skill.getName(),
                    skill.getImportance() != Importance.IMPORTANCE_NICE, skill.getEvidence()));
        }
        // Required first, each group in the order the text names them (the contract already sends them so).
        List<VacancyFacts.Requirement> ordered = new ArrayList<>(requirements.stream()
                .filter(VacancyFacts.Requirement::must).toList());
        ordered.addAll(requirements.stream().filter(r -> !r.must()).toList());
        return Optional.of(new VacancyFacts(vacancyId, blankToNull(wire.getTitle()), blankToNull(wire.getEmployer()),
                wire.getDescription(), ordered));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
