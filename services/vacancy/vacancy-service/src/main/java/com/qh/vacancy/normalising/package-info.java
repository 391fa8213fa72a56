/**
 * One normalised shape for a vacancy from any source ({@link com.qh.vacancy.normalising.VacancyDraft}): salary with
 * an ISO 4217 currency and a comparable monthly figure, location, employment, schedule, work format, experience
 * as a years range, and the description as sanitised HTML, plain text and Markdown.
 */
package com.qh.vacancy.normalising;
