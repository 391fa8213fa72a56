/**
 * Bringing vacancies in: hh.ru through its API, LinkedIn job pages, any page with schema.org JobPosting JSON-LD,
 * other pages by their structure, pasted text and HTML. Links are fetched by {@link com.qh.vacancy.importing.SafeFetcher},
 * which never reaches a private, local or metadata address.
 */
package com.qh.vacancy.importing;
