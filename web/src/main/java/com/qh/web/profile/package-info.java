/**
 * The profile pages: the overview with the completeness score and its findings, the personal section's editor and
 * the experience entries (add, edit, delete). Every write sends back the version it was shown ({@code If-Match});
 * a profile changed elsewhere in between is said so on the form, never silently overwritten.
 */
package com.qh.web.profile;
