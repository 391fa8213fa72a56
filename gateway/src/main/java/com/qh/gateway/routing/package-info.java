/**
 * Which service owns which paths, and the proxy routes built from that: data-driven from
 * {@code qh.gateway.services.<name>.paths} and {@code qh.services.<name>.url}, so a new service needs settings
 * only. A backend that cannot be reached is answered with a 503 problem document.
 */
package com.qh.gateway.routing;
