/**
 * Notices for events that other services add by configuration and templates, not code: each type listed under
 * {@code qh.notification.events} gets a consumer that reads the event as plain JSON, takes the user from a field,
 * and fills the event type's templates with the event's fields.
 */
package com.qh.notification.configured;
