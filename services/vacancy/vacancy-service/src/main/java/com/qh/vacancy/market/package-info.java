/**
 * Market vacancies, owned by no user, for salary estimates and learning skills: bulk import of hh.ru API vacancy
 * objects (a JSON array) or a CSV with hh-style columns, an optional scheduled import from the hh.ru search API that
 * reads each vacancy in full, queries by title, skill and area with salary percentiles, and the employers' key
 * skills for the skills miner ({@link com.qh.vacancy.market.MarketKeySkills}).
 */
package com.qh.vacancy.market;
