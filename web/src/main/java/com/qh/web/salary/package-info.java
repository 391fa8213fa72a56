/**
 * The salary page ({@code /salary}): the market estimate for one's profile or for another title, city and
 * experience, drawn as a percentile bar (server-rendered SVG, no script) with one's expectation marked, the
 * comparable vacancies, and what the estimate rests on.
 */
package com.qh.web.salary;
