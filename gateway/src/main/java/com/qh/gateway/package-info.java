/**
 * The QH gateway: routes {@code /api/v1/<area>/**} to the services, verifies access tokens at the edge, limits
 * request rates, applies CORS, logs every request, serves the web UI and one Swagger UI for every service.
 */
package com.qh.gateway;
