package com.qh.resume.source;

import com.qh.platform.grpc.ServiceChannels;
import com.qh.vacancy.api.GetVacancyRequest;
import com.qh.vacancy.api.Importance;
import com.qh.vacancy.api.Vacancy;
import com.qh.vacancy.api.VacanciesGrpc;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@link Vacancies} over the vacancy service's {@code Vacancies.Get}. */
@Component
class GrpcVacancies implements Vacancies {

    static final String SERVICE = "vacancy";

    private final ServiceChannels channels;

    GrpcVacancies(ServiceChannels channels) {
        this.channels = channels;
    }

    @Override
    public Optional<TargetVacancy> find(UUID userId, UUID vacancyId) {
        Vacancy wire;
        try {
            wire = VacanciesGrpc.newBlockingStub(channels.forService(SERVICE)).get(GetVacancyRequest.newBuilder()
                    .setUserId(userId.toString()).setVacancyId(vacancyId.toString()).build());
        }
        catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
                return Optional.empty();
            }
            throw new SourceUnavailableException(SERVICE, e);
        }
        return Optional.of(new TargetVacancy(UUID.fromString(wire.getId()), wire.getTitle(),
                wire.getEmployer().isBlank() ? null : wire.getEmployer(), wire.getDescription(),
                wire.getRequirements().getSkillsList().stream()
                        .map(skill -> new TargetVacancy.Requirement(skill.getName(),
                                skill.getImportance() != Importance.IMPORTANCE_NICE))
                        .toList()));
    }
}
