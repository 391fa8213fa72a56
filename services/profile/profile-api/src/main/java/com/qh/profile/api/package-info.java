/**
 * What the profile service tells the others: its events (records), and its gRPC contract
 * ({@code src/main/protobuf/qh/profile/v1/profile.proto}) with the messages and stubs generated from it at build
 * time ({@code ProfileSnapshotsGrpc}, {@code GetProfileRequest}, {@code ProfileSnapshot}).
 */
package com.qh.profile.api;
