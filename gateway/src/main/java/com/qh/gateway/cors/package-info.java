/**
 * Which other origins may call the API from a browser ({@code qh.gateway.cors.*}). None by default: the web UI
 * is served by the gateway itself, so it is same-origin; a UI dev server on localhost is allowed by setting.
 */
package com.qh.gateway.cors;
