/**
 * Which vacancies fit a user: their saved vacancies and the market store ranked for their profile, each with its
 * score and the first skill it misses. A local index of the market (each vacancy read once, its skills as ids) lets
 * a cheap skill-overlap prefilter pick the few vacancies worth the full matcher.
 */
package com.qh.analysis.recommend;
