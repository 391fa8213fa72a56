/**
 * The ATS check of a resume file: whether the software employers screen applications with can read it (a text
 * layer, reading order, contacts and standard headings where it looks, parseable dates, embedded fonts, nothing
 * important only in pictures, headers or footers, size and length), as a score 0-100 with findings in Russian and
 * English. Reads the file through {@link com.qh.analysis.resume.ResumeParser}.
 */
package com.qh.analysis.ats;
