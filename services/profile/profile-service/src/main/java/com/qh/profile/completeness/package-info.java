/**
 * The completeness report: which sections or fields of a profile are missing or weak, each with what to do about
 * it, and a score, so the person knows what to fill in before a resume is made from the profile.
 */
package com.qh.profile.completeness;
