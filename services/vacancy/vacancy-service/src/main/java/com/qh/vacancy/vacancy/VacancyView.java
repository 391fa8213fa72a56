package com.qh.vacancy.vacancy;

import com.qh.skills.requirements.Requirements;
import com.qh.vacancy.normalising.Employment;
import com.qh.vacancy.normalising.SalaryPeriod;
import com.qh.vacancy.normalising.Schedule;
import com.qh.vacancy.normalising.WorkFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A saved vacancy, whole: normalised fields, the description three ways, requirements, and the tracker. */
record VacancyView(UUID id, String source, String sourceUrl, String title, String company, SalaryView salary,
        LocationView location, Employment employment, Schedule schedule, WorkFormat workFormat,
        ExperienceView experience, DescriptionView description, List<String> keySkills, Requirements requirements,
        Status status, Instant statusChangedAt, List<TrackerEntryView> tracker, SentDocuments sent,
        Instant publishedAt,
        Instant createdAt, Instant updatedAt) {

    /**
     * A salary with its comparable monthly figures (an hourly or yearly rate converted to a month).
     */
    record SalaryView(BigDecimal from, BigDecimal to, String currency, Boolean gross, SalaryPeriod period,
            BigDecimal monthlyFrom, BigDecimal monthlyTo) {
    }

    record LocationView(String country, String city, String hhAreaId) {
    }

    record ExperienceView(int minYears, Integer maxYears) {
    }

    record DescriptionView(String html, String text, String markdown) {
    }

    /** A line of the application's history. */
    record TrackerEntryView(UUID id, Status status, String note, LocalDate date, Instant recordedAt,
            UUID resumeDocumentId, UUID letterDocumentId) {
    }

    /** The resume and the cover letter last recorded as sent for this application (document ids), or nulls. */
    record SentDocuments(UUID resumeDocumentId, UUID letterDocumentId) {
    }
}
