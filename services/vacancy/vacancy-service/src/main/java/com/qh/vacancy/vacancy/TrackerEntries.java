package com.qh.vacancy.vacancy;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrackerEntries extends JpaRepository<TrackerEntry, UUID> {

    List<TrackerEntry> findByVacancyIdOrderByCreatedAtAsc(UUID vacancyId);
}
