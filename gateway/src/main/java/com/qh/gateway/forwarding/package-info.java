/**
 * Who may say where a request came from. Only peers in {@code qh.trusted-proxies} (CIDR ranges, none by default)
 * may tell the gateway the client's address, scheme and host, with {@code X-Forwarded-*} or RFC 7239
 * {@code Forwarded}; from anyone else those headers are dropped before Tomcat's {@code RemoteIpValve}, rate limits,
 * logs or the services behind the gateway can see them.
 */
package com.qh.gateway.forwarding;
