/**
 * Market vacancies, owned by no user, for salary estimates: bulk import of hh.ru API vacancy objects (a JSON array)
 * or a CSV with hh-style columns, an optional scheduled import from the hh.ru search API, and queries by title,
 * skill and area with salary percentiles.
 */
package com.qh.vacancy.market;
