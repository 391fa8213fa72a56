/**
 * Request rate limits with Bucket4j: per client IP, per authenticated user (the token's {@code sub}) and stricter
 * named rules (sign-in and sign-up, polling), all set under {@code qh.gateway.rate-limits}. Buckets live in this
 * JVM by default and in Redis when {@code qh.redis.enabled=true}, so every gateway replica shares them.
 */
package com.qh.gateway.ratelimit;
