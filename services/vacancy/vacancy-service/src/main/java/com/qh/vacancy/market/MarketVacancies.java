package com.qh.vacancy.market;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MarketVacancies extends JpaRepository<MarketVacancy, UUID> {

    Optional<MarketVacancy> findBySourceAndSourceId(String source, String sourceId);
}
