/**
 * One log line per request at the edge: method, path, status, duration, user, client IP and correlation id, as
 * structured fields in the JSON log the platform starter sets up.
 */
package com.qh.gateway.logging;
