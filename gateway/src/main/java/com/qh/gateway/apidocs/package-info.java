/**
 * One Swagger UI for all of QH: it lists every service's OpenAPI document, which the gateway republishes at
 * {@code /v3/api-docs/<service>} (routes in {@code com.qh.gateway.routing}).
 */
package com.qh.gateway.apidocs;
