/**
 * The shape shared by every integration event: a record implementing {@link com.qh.platform.events.IntegrationEvent}
 * and annotated with its wire name, {@link com.qh.platform.events.EventType}.
 */
package com.qh.platform.events;
