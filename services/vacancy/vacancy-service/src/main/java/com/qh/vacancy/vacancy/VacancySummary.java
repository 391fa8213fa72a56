package com.qh.vacancy.vacancy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A vacancy in a list: enough to recognise it and see where the application stands. */
record VacancySummary(UUID id, String title, String company, String city, VacancyView.SalaryView salary,
        Status status, Instant statusChangedAt, List<String> skills, Instant updatedAt) {
}
