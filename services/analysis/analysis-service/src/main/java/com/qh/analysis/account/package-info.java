/**
 * What the analysis service does when an account goes ({@code user.deleted.v1}): the user's analysis jobs, with
 * their results, are erased. Features that keep other data of the user (the match history) erase it on the same
 * event through consumers of their own.
 */
package com.qh.analysis.account;
