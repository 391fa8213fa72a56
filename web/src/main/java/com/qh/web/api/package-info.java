/**
 * Calls to QH's public API through the gateway: {@link com.qh.web.api.GatewayApi} sends a request as the signed-in
 * person (or anonymously) and turns an RFC 9457 problem document into an {@link com.qh.web.api.ApiProblemException}
 * that pages show next to the fields it names.
 */
package com.qh.web.api;
