/**
 * WebSocket connections through the gateway: the HTTP proxy cannot carry them, so each one is relayed to the
 * service that owns its path, frame by frame, after the gateway has checked the access token of the handshake.
 */
package com.qh.gateway.websocket;
