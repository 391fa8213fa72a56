/**
 * The production {@code Profiles} and {@code Vacancies}: the profile and vacancy services' gRPC contracts
 * ({@code profile-api}, {@code vacancy-api}) called through platform/grpc's channels, with this service's token for
 * each and a deadline, and their answers turned into the matcher's {@code Candidate} and {@code Vacancy}.
 */
package com.qh.analysis.source.grpc;
