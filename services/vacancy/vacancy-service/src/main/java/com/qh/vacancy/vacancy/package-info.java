/**
 * A user's saved vacancies and the application tracker on each: the REST API, the store, and the
 * {@code vacancy.saved.v1} event. Owner only: another user's vacancy is not found.
 */
package com.qh.vacancy.vacancy;
