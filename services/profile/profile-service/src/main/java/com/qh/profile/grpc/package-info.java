/**
 * The profile as other services read it over gRPC ({@code qh.profile.v1.ProfileSnapshots} in {@code profile-api}):
 * a user's whole profile, exactly as the owner reads it over REST, for service tokens meant for this service.
 */
package com.qh.profile.grpc;
