/**
 * Message templates per event type, channel and language (ru, en): shipped defaults in the jar, overrides admins
 * edit through the API with a preview, and the small renderer that fills them in (HTML-escaped in HTML parts).
 */
package com.qh.notification.template;
