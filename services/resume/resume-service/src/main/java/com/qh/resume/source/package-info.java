/**
 * Where a resume's facts come from: the user's profile and saved vacancies, read from the profile and vacancy
 * services over gRPC with the service token and a deadline ({@link com.qh.resume.source.Profiles},
 * {@link com.qh.resume.source.Vacancies}).
 */
package com.qh.resume.source;
