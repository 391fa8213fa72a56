/**
 * How every QH service speaks HTTP when things go wrong: RFC 9457 problem documents with stable types, the
 * exceptions services throw to produce them, the correlation id that ties a request's log lines together, and the
 * request body size limit.
 */
package com.qh.platform.web;
