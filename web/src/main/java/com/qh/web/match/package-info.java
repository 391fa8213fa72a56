/**
 * The match of one's profile against a saved vacancy, at once ({@code /vacancies/{id}/match}): the score and its
 * parts, every requirement beside the profile lines that meet it, the missing skills each with a button that adds it
 * to the profile and matches again, and the recommendations, each linking to the profile field it concerns.
 */
package com.qh.web.match;
