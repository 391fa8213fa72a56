/**
 * Tone and wording of a resume line, a summary or a cover letter, in Russian or English: sentiment, formality,
 * confidence, readability, and findings with character offsets and a suggestion each (passive voice, weak verbs,
 * clichés, filler, first person in a resume, overlong sentences, result claims without a figure).
 *
 * <p>Offline and explainable: rules and lexicons under {@code tone/} on the classpath, tokenised with Lucene's
 * {@code StandardTokenizer} and stemmed with Lucene's Snowball stemmers. {@link com.qh.analysis.tone.ToneAnalyzer}
 * is plain Java (no Spring) so that the resume-review job and the letter service call it directly;
 * {@code POST /api/v1/analysis/tone} puts it on the public API.
 */
package com.qh.analysis.tone;
