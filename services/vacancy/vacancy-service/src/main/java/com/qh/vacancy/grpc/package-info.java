/**
 * Vacancies as other services read them over gRPC ({@code qh.vacancy.v1.Vacancies} in {@code vacancy-api}): a
 * user's saved vacancies (owner only: another user's is not found) and the market store page by page, for
 * service tokens meant for this service.
 */
package com.qh.vacancy.grpc;
