/**
 * One Swagger UI for all of QH: it lists every service's OpenAPI document, which the gateway republishes at
 * {@code /v3/api-docs/<service>} (routes in {@code com.qh.gateway.routing}). Served only when
 * {@code qh.gateway.api-docs.enabled} is true: in the default run (its {@code embedded} profile), not in
 * production unless an operator turns it on, since the documents map every endpoint, internal ones included.
 */
package com.qh.gateway.apidocs;
