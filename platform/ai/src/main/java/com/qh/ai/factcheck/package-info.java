/**
 * The fact check of generated text (issue 16): every employer, job title, date or duration, number, degree,
 * certificate and skill that a generated resume bullet, summary or cover letter names must be traceable to the
 * candidate's profile (a JSON Resume) or to the company and role being applied to. {@link com.qh.ai.factcheck.FactChecker}
 * returns what is not, with its span and kind, and {@link com.qh.ai.factcheck.FactCheck#withoutUnsupported()} drops it.
 */
package com.qh.ai.factcheck;
