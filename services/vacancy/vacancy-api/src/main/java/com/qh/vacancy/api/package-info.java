/**
 * What the vacancy service tells others: its events (records), and its gRPC contract
 * ({@code src/main/protobuf/qh/vacancy/v1/vacancy.proto}) with the messages and stubs generated from it at build
 * time ({@code VacanciesGrpc}, {@code Vacancy}, {@code MarketPage}, ...).
 */
package com.qh.vacancy.api;
