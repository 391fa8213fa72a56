/**
 * The gateway's token check: the platform starter's resource server with a decoder that remembers tokens whose
 * signature it has verified, until they expire, while still asking the denylist on every request.
 */
package com.qh.gateway.security;
