/**
 * Outbound connections to addresses users name (a job page to import, a browser's Web Push endpoint) without
 * letting them reach inside our network (SSRF). {@link com.qh.platform.net.PublicAddresses} tells public internet
 * addresses from loopback, private, link-local, metadata, NAT64 and reserved ones, including the IPv6 forms that
 * embed a blocked IPv4 address; {@link com.qh.platform.net.PublicAddressResolver} applies it inside an HTTP
 * client's DNS resolver, so the address vetted is the address connected to, and a name that changes its answer
 * between a check and the connection (DNS rebinding) cannot slip through.
 *
 * <p>The resolver implements Apache HttpClient 5's {@code DnsResolver}; the starter has that library as an optional
 * dependency, so a service that uses this package declares {@code httpclient5} itself.
 */
package com.qh.platform.net;
